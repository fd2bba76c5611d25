package org.cocrea.toolbox;

/** What a toolbox material is. */
public enum MaterialKind {
    GUIDE,
    TEMPLATE,
    EXAMPLE
}
