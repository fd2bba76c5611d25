package org.cocrea.treasurehunt;

/** Whether following the money got easier from one exercise to the next. */
public enum Ease {
    EASIER, SAME, HARDER
}
