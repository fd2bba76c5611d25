package org.cocrea.worksession;

/**
 * What a session is for: training (phase 2), accompaniment or co-creation (phase 3), or a dialogue
 * with decision makers about a state's social programs (the third part of its roadmap): the
 * authorities that attended, and agreements tied to recommendations.
 */
public enum WorkSessionKind {
    TRAINING,
    ACCOMPANIMENT,
    CO_CREATION,
    DIALOGUE
}
