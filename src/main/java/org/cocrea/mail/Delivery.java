package org.cocrea.mail;

/** How a person wants a kind of mail. */
public enum Delivery {
    AT_ONCE, DIGEST, NEVER
}
