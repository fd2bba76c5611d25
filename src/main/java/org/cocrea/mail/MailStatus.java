package org.cocrea.mail;

/** Where a mail of the outbox stands (sql/V18__mail.sql). */
public enum MailStatus {
    /** To send at {@code nextAttemptAt}. */
    PENDING,
    /** The SMTP server took it. */
    SENT,
    /** No SMTP server is configured (demo mode): kept for the administrator's "Correo enviado" page. */
    KEPT,
    /** Failed for good (a refused address, or every attempt): waits for the administrator's retry. */
    FAILED,
    /** Waits for its recipient's daily digest. */
    HELD,
    /** Went out inside a digest. */
    DIGESTED;

    /** Whether it left (or, in demo mode, would have left) the application. */
    public boolean isDelivered() {
        return this == SENT || this == KEPT || this == DIGESTED;
    }
}
