package org.certdesk.adapters.mail;

/** One notification, ready to send: the same content as plain text and as HTML. */
record RenderedMail(String subject, String text, String html) {
}
