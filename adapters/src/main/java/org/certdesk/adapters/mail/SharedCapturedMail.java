package org.certdesk.adapters.mail;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.certdesk.application.port.CapturedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The Outbox of a cluster on the embedded default (issue 17): each console node copies the mail
 * its own embedded SMTP server received into {@code captured_mail} — at once when its Outbox is
 * read, and otherwise every {@value #DRAIN_EVERY_MS} ms — and every node's Outbox reads them all,
 * so an admin sees the mail any node sent. Kept 30 days.
 */
final class SharedCapturedMail implements CapturedMail {

    static final long DRAIN_EVERY_MS = 2_000;
    private static final Logger log = LoggerFactory.getLogger(SharedCapturedMail.class);
    private static final int KEPT_DAYS = 30;

    private final EmbeddedMailServer server;
    private final JdbcClient jdbc;
    /**
     * The Message-IDs already in the table. Not a count: GreenMail lists its messages mailbox by
     * mailbox, so a new mail to an earlier recipient lands in the middle of the list, not at its end.
     */
    private final Set<String> copied = new HashSet<>();

    SharedCapturedMail(EmbeddedMailServer server, JdbcClient jdbc) {
        this.server = server;
        this.jdbc = jdbc;
    }

    @Override
    public List<CapturedMessage> recent(int limit) {
        drain();
        return jdbc.sql("""
                        SELECT received_at, to_addresses, subject, text_body, html_body FROM captured_mail
                        ORDER BY received_at DESC, id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new CapturedMessage(rs.getObject("received_at", Instant.class), rs.getString("to_addresses"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body")))
                .list();
    }

    @Override
    public boolean capturing() {
        return true;
    }

    /** Copies what this node's SMTP server received since the last drain; a failed copy is tried again next time. */
    @Scheduled(initialDelay = DRAIN_EVERY_MS, fixedDelay = DRAIN_EVERY_MS)
    synchronized void drain() {
        MimeMessage[] received = server.greenMail().getReceivedMessages();
        try {
            int copiedBefore = copied.size();
            for (MimeMessage message : received) {
                copyOnce(message);
            }
            if (copied.size() > copiedBefore) {
                jdbc.sql("DELETE FROM captured_mail WHERE received_at < NOW(6) - INTERVAL :days DAY").param("days", KEPT_DAYS).update();
            }
        } catch (DataAccessException unavailable) {
            log.warn("Captured mail not copied to the shared Outbox yet: {}", unavailable.getMessage());
        }
    }

    private void copyOnce(MimeMessage message) {
        CapturedMessage captured;
        String id;
        try {
            id = message.getMessageID();
            if (id != null && copied.contains(id)) {
                return;
            }
            captured = GreenMailCapturedMail.captured(message);
        } catch (MessagingException | IOException unreadable) {
            log.warn("Skipping a captured mail that cannot be read: {}", unreadable.getMessage());
            return;
        }
        String key = id != null ? cut(id, 255) : "no-id-" + captured.receivedAt() + "-" + captured.subject().hashCode();
        // The Message-ID JavaMail gave it is unique; another node's copy of one message keeps one row.
        jdbc.sql("""
                        INSERT IGNORE INTO captured_mail (message_id, received_at, to_addresses, subject, text_body, html_body)
                        VALUES (:id, :at, :to, :subject, :text, :html)""")
                .param("id", key)
                .param("at", captured.receivedAt().truncatedTo(ChronoUnit.MICROS)).param("to", cut(captured.to(), 2000))
                .param("subject", cut(captured.subject(), 1000)).param("text", captured.textBody()).param("html", captured.htmlBody())
                .update();
        copied.add(id != null ? id : key);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
