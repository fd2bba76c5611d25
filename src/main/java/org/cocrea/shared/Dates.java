package org.cocrea.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the product lives in. "Today" — for overdue and at-risk milestones, report dates —
 * is today in Mexico City, whatever time zone the server runs in.
 */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
