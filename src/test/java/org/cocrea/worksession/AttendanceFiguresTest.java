package org.cocrea.worksession;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.actor.Gender;
import org.cocrea.actor.Sector;
import org.cocrea.plan.ActionPlan;
import org.cocrea.worksession.AttendanceFigures.Entry;
import org.cocrea.worksession.AttendanceFigures.Row;
import org.cocrea.state.State;
import org.cocrea.support.TestClock;
import org.junit.jupiter.api.Test;

class AttendanceFiguresTest {

    @Test
    void countsBySectorFromTheOrganizationsTypeAndByGenderWhereRecorded() {
        State sonora = withId(new State("SON", "Sonora", "STL Sonora"), 1L);
        ActionPlan plan = withId(new ActionPlan(sonora, "Plan", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), TestClock.FIXED), 2L);
        Actor agency = withId(new Actor(sonora, "Secretaría de Salud", ActorType.GOVERNMENT_AGENCY), 10L);
        Actor institute = withId(new Actor(sonora, "Instituto de Transparencia", ActorType.INFORMATION_INSTITUTE), 11L);
        Actor cso = withId(new Actor(sonora, "Observatorio", ActorType.CSO), 12L);
        Actor university = withId(new Actor(sonora, "Universidad", ActorType.ACADEMIA), 13L);
        WorkSession session = new WorkSession(plan, WorkSessionKind.TRAINING, WorkSessionMode.REMOTE, "Taller", LocalDate.of(2025, 3, 3),
                "https://meet.example.org/x");
        session.addAttendance(agency, "Marta", Gender.WOMAN);
        session.addAttendance(agency, "Jorge", Gender.MAN);
        session.addAttendance(institute, "Rosa", Gender.WOMAN);
        session.addAttendance(cso, "Alex", Gender.NON_BINARY);
        session.addAttendance(cso, null, null);
        session.addAttendance(university, "Pedro", null);

        AttendanceFigures figures = session.figures();

        assertEquals(6, figures.attendances());
        assertEquals(4, figures.organizations());
        assertEquals(3, figures.ofSector(Sector.GOVERNMENT)); // the information institute counts with government
        assertEquals(2, figures.ofSector(Sector.CIVIL_SOCIETY));
        assertEquals(1, figures.ofSector(Sector.ACADEMIA));
        assertEquals(0, figures.ofSector(Sector.PRIVATE_SECTOR));
        assertEquals(2, figures.ofGender(Gender.WOMAN));
        assertEquals(1, figures.ofGender(Gender.MAN));
        assertEquals(1, figures.ofGender(Gender.NON_BINARY));
        assertEquals(0, figures.ofGender(Gender.PREFERS_NOT_TO_SAY));
        assertEquals(2, figures.ofGender(null));
        assertEquals(List.of(new Row("sector.GOVERNMENT", 3), new Row("sector.CIVIL_SOCIETY", 2), new Row("sector.ACADEMIA", 1)),
                figures.sectorRows());
        assertEquals(List.of(new Row("gender.WOMAN", 2), new Row("gender.MAN", 1), new Row("gender.NON_BINARY", 1),
                new Row("gender.none", 2)), figures.genderRows());
    }

    @Test
    void noAttendanceMeansNoRows() {
        AttendanceFigures figures = AttendanceFigures.ofEntries(List.of());
        assertTrue(figures.isEmpty());
        assertEquals(0, figures.organizations());
        assertTrue(figures.sectorRows().isEmpty());
        assertTrue(figures.genderRows().isEmpty());
    }

    @Test
    void everyGenderRecordedLeavesNoNotRecordedRow() {
        AttendanceFigures figures = AttendanceFigures.ofEntries(List.of(
                new Entry(1, Sector.CITIZENS, Gender.PREFERS_NOT_TO_SAY), new Entry(2, Sector.PRIVATE_SECTOR, Gender.MAN)));
        assertEquals(List.of(new Row("gender.MAN", 1), new Row("gender.PREFERS_NOT_TO_SAY", 1)), figures.genderRows());
        assertEquals(List.of(new Row("sector.PRIVATE_SECTOR", 1), new Row("sector.CITIZENS", 1)), figures.sectorRows());
    }
}
