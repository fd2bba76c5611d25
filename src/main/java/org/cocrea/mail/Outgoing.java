package org.cocrea.mail;

/** A claimed mail on its way to the SMTP server, read out of its transaction. */
record Outgoing(long id, String recipient, String subject, String text, String html, String unsubscribe) {
}
