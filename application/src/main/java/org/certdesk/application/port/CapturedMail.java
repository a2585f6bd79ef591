package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;

/**
 * Port: the embedded default's outbox, the mails the console's own SMTP server received, so an
 * admin view can show them and a demo can click their links. With a real SMTP server configured
 * mail leaves the console, {@link #capturing()} is false and {@link #recent} is empty.
 */
public interface CapturedMail {

    /** Newest first, at most {@code limit}. */
    List<CapturedMessage> recent(int limit);

    /** Whether mail is captured here at all, so a view can say "mail goes to a real server" instead. */
    boolean capturing();

    /** Either body is empty when the mail lacked that part. */
    record CapturedMessage(Instant receivedAt, String to, String subject, String textBody, String htmlBody) {
    }
}
