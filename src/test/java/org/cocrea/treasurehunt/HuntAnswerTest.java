package org.cocrea.treasurehunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The route a team followed, one step a line, and the checks of an answer's figures. */
class HuntAnswerTest {

    @Test
    void theRouteIsOneStepALineWithTheFolioAfterABar() {
        List<RouteStep> route = HuntAnswer.parseRoute("Portal de transparencia del estado\n\n"
                + "Solicitud de acceso a la información a Finanzas | 260512300001\r\nRecurso de revisión ante el instituto |  ");
        assertEquals(3, route.size());
        assertEquals(1, route.get(0).getPosition());
        assertNull(route.get(0).getFolio());
        assertEquals("Solicitud de acceso a la información a Finanzas", route.get(1).getDescription());
        assertEquals("260512300001", route.get(1).getFolio());
        assertNull(route.get(2).getFolio());
    }

    @Test
    void aStepWithoutDescriptionIsRefusedOnTheRoute() {
        DomainException refused = assertThrows(DomainException.class, () -> HuntAnswer.parseRoute(" | 123"));
        assertEquals("route", refused.field());
    }

    @Test
    void starsOutsideZeroToFiveAndNegativeMinutesAreRefusedOnTheirFields() {
        HuntAnswer form = HuntAnswer.blank();
        form.setOutcome(AnswerOutcome.FOUND);
        form.setStars(6);
        assertEquals("stars", assertThrows(DomainException.class, () -> HuntAnswer.blank().takeFrom(form, "")).field());
        form.setStars(3);
        form.setMinutes(-1);
        assertEquals("minutes", assertThrows(DomainException.class, () -> HuntAnswer.blank().takeFrom(form, "")).field());
        form.setMinutes(25);
        form.setUrl("ftp://example.org/x");
        assertEquals("url", assertThrows(DomainException.class, () -> HuntAnswer.blank().takeFrom(form, "")).field());
    }

    @Test
    void formatAndStarsAreKeptOnlyWhenSomethingWasFound() {
        HuntAnswer form = HuntAnswer.blank();
        form.setOutcome(AnswerOutcome.NOT_FOUND);
        form.setFormat(DataFormat.CSV);
        form.setStars(3);
        form.setMinutes(80);
        HuntAnswer answer = HuntAnswer.blank();
        answer.takeFrom(form, "Portal estatal");
        assertNull(answer.getFormat());
        assertNull(answer.getStars());
        assertEquals(80, answer.getMinutes());
        assertEquals("Portal estatal", answer.routeLines());
    }
}
