package org.certdesk.adapters.mail;

import java.time.Instant;

/** A mail the embedded server received; either body may be empty when the mail lacked that part. */
public record CapturedMessage(Instant receivedAt, String to, String subject, String textBody, String htmlBody) {
}
