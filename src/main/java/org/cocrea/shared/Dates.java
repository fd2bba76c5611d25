package org.cocrea.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The calendars the product lives in. Mexico is not one zone: each state keeps its own
 * ({@code State.zone()}), and "today" — for overdue and at-risk milestones, report dates,
 * agreement due dates — is today in the zone of the record's state, read from the one injected
 * {@link Clock} ({@link Clocks}), whatever zone the server runs in.
 */
public final class Dates {

    /** The zone of a state nobody chose one for, and of people without a state. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Mexico_City");

    /** The zones an administrator may give a state: those of Mexico's states (IANA names). */
    public static final List<ZoneId> ZONES = List.of(
            DEFAULT_ZONE,
            ZoneId.of("America/Cancun"),
            ZoneId.of("America/Merida"),
            ZoneId.of("America/Monterrey"),
            ZoneId.of("America/Matamoros"),
            ZoneId.of("America/Chihuahua"),
            ZoneId.of("America/Ciudad_Juarez"),
            ZoneId.of("America/Ojinaga"),
            ZoneId.of("America/Mazatlan"),
            ZoneId.of("America/Bahia_Banderas"),
            ZoneId.of("America/Hermosillo"),
            ZoneId.of("America/Tijuana"));

    private Dates() {
    }

    /** Today in that zone, by that clock. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * "Today" for native SQL where each row's state zone is in {@code zoneColumn}: a CASE over every
     * zone of {@link #ZONES} whose two parameters per zone (its id, its today by the clock) are appended
     * to {@code parameters}, in order. Used once per occurrence in a statement.
     */
    public static String todaySql(String zoneColumn, Clock clock, List<Object> parameters) {
        StringBuilder today = new StringBuilder("(CASE ").append(zoneColumn);
        for (ZoneId zone : ZONES) {
            today.append(" WHEN ? THEN ?");
            parameters.add(zone.getId());
            parameters.add(today(clock, zone));
        }
        return today.append(" END)").toString();
    }

    /** The zone with that IANA name if it is one a state may have; otherwise empty. */
    public static java.util.Optional<ZoneId> stateZone(String id) {
        return ZONES.stream().filter(z -> z.getId().equals(id)).findFirst();
    }
}
