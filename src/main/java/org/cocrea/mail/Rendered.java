package org.cocrea.mail;

/** A mail's texts in one language: the subject, the plain text and the HTML alternative. */
record Rendered(String subject, String text, String html) {
}
