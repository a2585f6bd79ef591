package org.certdesk.adapters.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.certdesk.application.port.CapturedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbox read straight from the embedded GreenMail's mailboxes (no IMAP round trip needed in-process). */
class GreenMailCapturedMail implements CapturedMail {

    private static final Logger log = LoggerFactory.getLogger(GreenMailCapturedMail.class);

    private final EmbeddedMailServer server;

    GreenMailCapturedMail(EmbeddedMailServer server) {
        this.server = server;
    }

    @Override
    public List<CapturedMessage> recent(int limit) {
        MimeMessage[] received = server.greenMail().getReceivedMessages();
        List<CapturedMessage> newestFirst = new ArrayList<>();
        for (int i = received.length - 1; i >= 0 && newestFirst.size() < limit; i--) {
            try {
                newestFirst.add(captured(received[i]));
            } catch (MessagingException | IOException e) {
                // One unreadable mail must not hide the others from the outbox.
                log.warn("Skipping a captured mail that cannot be read: {}", e.getMessage());
            }
        }
        return newestFirst;
    }

    @Override
    public boolean capturing() {
        return true;
    }

    static CapturedMessage captured(MimeMessage message) throws MessagingException, IOException {
        MimeBodies bodies = MimeBodies.of(message);
        return new CapturedMessage(receivedAt(message), recipients(message), message.getSubject(),
                bodies.text(), bodies.html());
    }

    private static Instant receivedAt(MimeMessage message) throws MessagingException {
        Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        return received == null ? Instant.EPOCH : received.toInstant();
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        if (to == null) {
            return "";
        }
        List<String> addresses = new ArrayList<>();
        for (Address address : to) {
            addresses.add(address.toString());
        }
        return String.join(", ", addresses);
    }
}
