package org.cocrea.toolbox;

/** How a plan used a toolbox material: as it is, or adapted to the state (then its adapted version may be uploaded). */
public enum UseKind {
    USED,
    ADAPTED
}
