package org.certdesk.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The Outbox of two console nodes on MariaDB (issue 17): each node has its own embedded SMTP
 * server (GreenMail, real SMTP), and a mail node A sent shows in node B's Outbox once A copied it,
 * once only, however often it is copied.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class SharedOutboxPersistenceTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMailOneNodeSentShowsInTheOtherNodesOutboxOnce() {
        try (EmbeddedMailServer smtpA = EmbeddedMailServer.start(); EmbeddedMailServer smtpB = EmbeddedMailServer.start()) {
            SharedCapturedMail nodeA = new SharedCapturedMail(smtpA, jdbc);
            SharedCapturedMail nodeB = new SharedCapturedMail(smtpB, jdbc);
            String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            send(smtpA, to, "Verify your organization");

            nodeA.drain();
            nodeA.drain(); // a second copy of the same mail adds nothing

            assertThat(nodeB.recent(500)).filteredOn(m -> m.to().equals(to)).singleElement().satisfies(mail -> {
                assertThat(mail.subject()).isEqualTo("Verify your organization");
                assertThat(mail.textBody()).contains("https://console.example/confirm/");
            });
            assertThat(nodeB.recent(1)).extracting(CapturedMessage::to).as("newest first").containsExactly(to);
        }
    }

    @Test
    void aNodesOwnOutboxShowsWhatItJustSentWithoutWaitingForTheSchedule() {
        try (EmbeddedMailServer smtp = EmbeddedMailServer.start()) {
            SharedCapturedMail node = new SharedCapturedMail(smtp, jdbc);
            String to = "own-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            send(smtp, to, "Your certificate is issued");

            assertThat(node.recent(500)).extracting(CapturedMessage::to).contains(to);
        }
    }

    /** GreenMail lists mail mailbox by mailbox: a second mail to the first recipient lands mid-list. */
    @Test
    void aNewMailToARecipientWhoHadMailBeforeIsCopiedWhereverTheServerListsIt() {
        try (EmbeddedMailServer smtp = EmbeddedMailServer.start()) {
            SharedCapturedMail node = new SharedCapturedMail(smtp, jdbc);
            String first = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            String second = "second-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            send(smtp, first, "Application received");
            send(smtp, second, "Application received");
            node.drain();

            send(smtp, first, "Certificate issued");
            send(smtp, second, "Certificate issued");

            assertThat(node.recent(500)).filteredOn(m -> m.to().equals(first) || m.to().equals(second))
                    .extracting(m -> m.to() + " " + m.subject())
                    .containsExactlyInAnyOrder(first + " Application received", second + " Application received",
                            first + " Certificate issued", second + " Certificate issued");
        }
    }

    private static void send(EmbeddedMailServer server, String to, String subject) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("no-reply@certdesk.test");
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText("Open https://console.example/confirm/abc to confirm.");
        sender.send(mail);
    }
}
