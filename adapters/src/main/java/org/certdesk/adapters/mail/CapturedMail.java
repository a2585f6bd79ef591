package org.certdesk.adapters.mail;

import java.util.List;

/**
 * The embedded default's outbox: mails the in-process SMTP server received, for an admin view
 * where a demo can read them and click their links. With a real SMTP server configured
 * ({@code spring.mail.host}) mail leaves the console, and this is empty.
 */
public interface CapturedMail {

    /** Newest first, at most {@code limit}. */
    List<CapturedMessage> recent(int limit);

    /** Whether mail is captured here at all, so a view can say "mail goes to a real server" instead. */
    boolean capturing();
}
