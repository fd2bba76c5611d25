package org.cocrea.social;

/** What a vigilance group checked on a visit. */
public enum VisitCheck {
    DELIVERY,
    REGISTRY,
    SERVICE_QUALITY,
    OTHER
}
