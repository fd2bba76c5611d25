package org.cocrea.evaluation;

import java.time.LocalDate;
import org.cocrea.shared.DomainException;

/** A period of days (an assignment's, the reply's): both ends given, the end not before the start; refusals beside the end's input. */
final class Period {

    private Period() {
    }

    static void check(LocalDate from, LocalDate until, String fromField, String untilField) {
        if (from == null) {
            throw DomainException.onField(fromField, "evaluation.period.required");
        }
        if (until == null) {
            throw DomainException.onField(untilField, "evaluation.period.required");
        }
        if (until.isBefore(from)) {
            throw DomainException.onField(untilField, "evaluation.period.order");
        }
    }

    /** Whether the day lies in the period, both ends included (an unset period covers nothing). */
    static boolean covers(LocalDate from, LocalDate until, LocalDate day) {
        return from != null && until != null && !day.isBefore(from) && !day.isAfter(until);
    }
}
