package org.cocrea.social;

import static org.cocrea.support.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.cocrea.actor.Actor;
import org.cocrea.actor.ActorType;
import org.cocrea.state.State;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    private static Complaint received(ComplaintSource source) {
        State state = withId(new State("ZAC", "Zacatecas", "STL Zacatecas"), 1L);
        SocialProgram program = SocialProgram.blank();
        program.setName("Apoyo alimentario");
        program.placeIn(state, withId(new Actor(state, "Secretaría de Bienestar", ActorType.GOVERNMENT_AGENCY), 10L));
        byte[] key = new byte[32];
        return new Complaint(program, source, null, "Cobro indebido", null, null, RECEIVED, IdentityCipher.withKey(key), new SecureRandom());
    }

    @Test
    void anOpenComplaintAgesFromTheDayItWasReceivedAndAClosedOneDoesNot() {
        Complaint complaint = received(ComplaintSource.PUBLIC);
        LocalDate aging = RECEIVED.plusDays(Complaint.AGING_DAYS);
        assertEquals(0, complaint.ageInDays(RECEIVED));
        assertFalse(complaint.isAging(aging.minusDays(1)));
        assertTrue(complaint.isAging(aging));
        complaint.channel(ComplaintRoute.COMPTROLLER, "Contraloría", RECEIVED.plusDays(3));
        assertTrue(complaint.isAging(aging), "channelled is still open");
        complaint.close(aging);
        assertFalse(complaint.isOpen());
        assertFalse(complaint.isAging(aging.plusDays(90)));
    }

    @Test
    void onlyACitizensComplaintTakesFilesFromThePublic() {
        assertTrue(received(ComplaintSource.PUBLIC).takesFilesFromThePublic());
        assertFalse(received(ComplaintSource.GROUP).takesFilesFromThePublic());
    }
}
