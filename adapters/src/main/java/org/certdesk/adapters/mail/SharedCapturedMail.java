package org.certdesk.adapters.mail;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
    /** How many of the embedded server's messages (it only ever appends) are in the table. */
    private int drained;

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
            for (; drained < received.length; drained++) {
                copy(received[drained]);
            }
            if (received.length > 0) {
                jdbc.sql("DELETE FROM captured_mail WHERE received_at < NOW(6) - INTERVAL :days DAY").param("days", KEPT_DAYS).update();
            }
        } catch (DataAccessException unavailable) {
            log.warn("Captured mail not copied to the shared Outbox yet: {}", unavailable.getMessage());
        }
    }

    private void copy(MimeMessage message) {
        CapturedMessage captured;
        String id;
        try {
            captured = GreenMailCapturedMail.captured(message);
            id = message.getMessageID();
        } catch (MessagingException | IOException unreadable) {
            log.warn("Skipping a captured mail that cannot be read: {}", unreadable.getMessage());
            return;
        }
        // The Message-ID JavaMail gave it is unique; two drains of one message keep one row.
        jdbc.sql("""
                        INSERT IGNORE INTO captured_mail (message_id, received_at, to_addresses, subject, text_body, html_body)
                        VALUES (:id, :at, :to, :subject, :text, :html)""")
                .param("id", id != null ? cut(id, 255) : "no-id-" + captured.receivedAt() + "-" + captured.subject().hashCode())
                .param("at", captured.receivedAt().truncatedTo(ChronoUnit.MICROS)).param("to", cut(captured.to(), 2000))
                .param("subject", cut(captured.subject(), 1000)).param("text", captured.textBody()).param("html", captured.htmlBody())
                .update();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
