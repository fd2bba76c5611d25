package org.cocrea.web.evaluation;

import org.cocrea.evaluation.Moment;
import org.cocrea.shared.NotFoundException;

/** The moment named in a page's parameter; a missing or unknown one answers 404, as a missing record does. */
final class Moments {

    private Moments() {
    }

    static Moment parse(String name) {
        for (Moment moment : Moment.values()) {
            if (moment.name().equals(name)) {
                return moment;
            }
        }
        throw new NotFoundException();
    }
}
