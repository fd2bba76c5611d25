package org.cocrea.actor;

/**
 * An actor's seat in the state's secretariat (Secretariado Técnico Local). The lead ally is the
 * information institute that accompanies the secretariat: only one per state. An actor without a
 * role is not in the secretariat.
 */
public enum SecretariatRole {
    MEMBER,
    LEAD_ALLY
}
