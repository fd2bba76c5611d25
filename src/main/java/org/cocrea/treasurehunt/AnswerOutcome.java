package org.cocrea.treasurehunt;

import java.math.BigDecimal;

/** What a team got for a question; partly found counts half toward availability. */
public enum AnswerOutcome {
    FOUND(BigDecimal.ONE), PARTLY(new BigDecimal("0.5")), NOT_FOUND(BigDecimal.ZERO);

    private final BigDecimal availability;

    AnswerOutcome(BigDecimal availability) {
        this.availability = availability;
    }

    public BigDecimal availability() {
        return availability;
    }

    public boolean foundSomething() {
        return this != NOT_FOUND;
    }
}
