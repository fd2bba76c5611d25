package org.cocrea.worksession;

/** What a session is for: training (phase 2), accompaniment or co-creation (phase 3). */
public enum WorkSessionKind {
    TRAINING,
    ACCOMPANIMENT,
    CO_CREATION
}
