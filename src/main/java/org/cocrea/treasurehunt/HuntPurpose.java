package org.cocrea.treasurehunt;

/** Why an exercise is held: to see where things stand at the start, or to see what changed at the end. */
public enum HuntPurpose {
    BASELINE, FOLLOW_UP
}
