package org.cocrea.mail;

/** A CDI event: the outbox has new mail; after the transaction commits, the sender is woken. */
record MailEnqueued() {
}
