package org.cocrea.session;

/** What a session is for: training (phase 2), accompaniment or co-creation (phase 3). */
public enum SessionKind {
    TRAINING,
    ACCOMPANIMENT,
    CO_CREATION
}
