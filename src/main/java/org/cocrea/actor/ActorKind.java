package org.cocrea.actor;

/** Whether an actor is an organization or a person taking part on their own (a citizen, an expert). */
public enum ActorKind {
    ORGANIZATION,
    PERSON
}
