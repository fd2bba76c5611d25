package org.cocrea.worksession;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.actor.Gender;
import org.cocrea.actor.Sector;

/**
 * Who came to a session, counted: attendances (people, or organizations when no name was taken),
 * distinct organizations, attendances by sector (from the organization's type) and by gender
 * where it was recorded. Pure arithmetic over what was loaded; no database.
 */
public final class AttendanceFigures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** One attendance as the figures need it. */
    public record Entry(long actorId, Sector sector, Gender gender) {
    }

    /** A line of a figures table: the bundle key of its label and its count. */
    public record Row(String key, long count) implements java.io.Serializable {
    }

    private final int attendances;
    private final int organizations;
    private final EnumMap<Sector, Long> bySector = new EnumMap<>(Sector.class);
    private final EnumMap<Gender, Long> byGender = new EnumMap<>(Gender.class);
    private final long genderNotRecorded;

    private AttendanceFigures(Collection<Entry> entries) {
        Set<Long> actors = new HashSet<>();
        long notRecorded = 0;
        for (Entry entry : entries) {
            actors.add(entry.actorId());
            bySector.merge(entry.sector(), 1L, Long::sum);
            if (entry.gender() == null) {
                notRecorded++;
            } else {
                byGender.merge(entry.gender(), 1L, Long::sum);
            }
        }
        this.attendances = entries.size();
        this.organizations = actors.size();
        this.genderNotRecorded = notRecorded;
    }

    public static AttendanceFigures ofEntries(Collection<Entry> entries) {
        return new AttendanceFigures(entries);
    }

    /** The figures of loaded attendance records (their actors must be loaded too). */
    public static AttendanceFigures of(Collection<Attendance> attendance) {
        return new AttendanceFigures(attendance.stream()
                .map(a -> new Entry(a.getActor().getId(), a.getActor().getType().sector(), a.getGender()))
                .toList());
    }

    public int attendances() {
        return attendances;
    }

    public int organizations() {
        return organizations;
    }

    public boolean isEmpty() {
        return attendances == 0;
    }

    public long ofSector(Sector sector) {
        return bySector.getOrDefault(sector, 0L);
    }

    public long ofGender(Gender gender) {
        return gender == null ? genderNotRecorded : byGender.getOrDefault(gender, 0L);
    }

    public Map<Sector, Long> bySector() {
        return Collections.unmodifiableMap(bySector);
    }

    public Map<Gender, Long> byGender() {
        return Collections.unmodifiableMap(byGender);
    }

    public long genderNotRecorded() {
        return genderNotRecorded;
    }

    /** The sectors that came, in the order of {@link Sector}, labelled "sector.X". */
    public List<Row> sectorRows() {
        List<Row> rows = new ArrayList<>();
        bySector.forEach((sector, count) -> rows.add(new Row("sector." + sector.name(), count)));
        return rows;
    }

    /** The genders recorded, in the order of {@link Gender}, then "gender.none" for attendances without one. */
    public List<Row> genderRows() {
        List<Row> rows = new ArrayList<>();
        byGender.forEach((gender, count) -> rows.add(new Row("gender." + gender.name(), count)));
        if (genderNotRecorded > 0) {
            rows.add(new Row("gender.none", genderNotRecorded));
        }
        return rows;
    }
}
