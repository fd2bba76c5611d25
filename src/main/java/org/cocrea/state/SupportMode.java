package org.cocrea.state;

/** How the program accompanies a state: in person (visits), or remotely. */
public enum SupportMode {
    IN_PERSON,
    REMOTE
}
