package org.cocrea.social;

/** Where a corruption risk of a social program lies (GESOC's six dimensions), in the order pages list them. */
public enum RiskDimension {
    BUDGET,
    OPERATION,
    BENEFICIARY_REGISTRY,
    CITIZEN_PARTICIPATION,
    OVERSIGHT,
    EVALUATION
}
