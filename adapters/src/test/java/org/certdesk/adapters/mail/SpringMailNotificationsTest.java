package org.certdesk.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;
import org.certdesk.domain.name.EmailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every notification, sent over real SMTP to GreenMail and read back from its mailbox. The
 * tenants' stored choices of language are tested on MariaDB (MailLanguagePersistenceTest); here
 * no tenant has chosen, unless a test says otherwise.
 */
class SpringMailNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());

    private static final EmailAddress ALICE = EmailAddress.parse("alice@example.com");
    private static final CertificateId CERTIFICATE = CertificateId.of(42);
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private SpringMailNotifications notifications;

    @BeforeEach
    void sendThroughTheTestServer() {
        notifications = notificationsVia(greenMail.getSmtp().getPort());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            APPLICATION_RECEIVED      | [CertDesk] Application received for certificate 42 | Domain validated, 1 name
            VERIFICATION_INSTRUCTIONS | [CertDesk] Verify your domain for certificate 42    | TXT _certdesk-challenge.example.com = k3y-4uth
            VERIFICATION_EMAIL        | [CertDesk] Please confirm the application for certificate 42 | https://certdesk.example/verify/0123abcd
            ISSUED                    | [CertDesk] Certificate 42 has been issued           | Valid until 2027-11-25
            VALIDATION_FAILED         | [CertDesk] Validation failed for certificate 42     | No TXT record at _certdesk-challenge.example.com
            EXPIRY_REMINDER           | [CertDesk] Certificate 42 expires soon: www.example.com — 2026-12-25 (UTC) | www.example.com — 2026-12-25 (UTC)
            REVOKED                   | [CertDesk] Certificate 42 has been revoked          | keyCompromise
            """)
    void eachKindReachesTheRecipientWithItsSubjectAndTheDetailInTextAndHtml(
            NotificationKind kind, String subject, String detail) throws Exception {
        boolean accepted = notifications.send(ALICE, kind, CERTIFICATE, detail, Locale.ENGLISH);

        MimeMessage mail = onlyReceivedMail();
        MimeBodies bodies = MimeBodies.of(mail);
        assertThat(accepted).isTrue();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("alice@example.com");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("CertDesk <no-reply@certdesk.test>");
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.isMimeType("multipart/*")).isTrue();
        assertThat(bodies.text()).contains(detail);
        assertThat(bodies.html()).contains(detail).startsWith("<!DOCTYPE html>");
    }

    @Test
    void validationFailedStatesTheCauseAndLinksToTheCertificate() throws Exception {
        notifications.send(ALICE, NotificationKind.VALIDATION_FAILED, CERTIFICATE, "CAA forbids issuance", Locale.ENGLISH);

        MimeBodies bodies = MimeBodies.of(onlyReceivedMail());
        assertThat(bodies.text()).contains("Cause: CAA forbids issuance", "https://certdesk.example/certificates/42");
        assertThat(bodies.html()).contains("<a href=\"https://certdesk.example/certificates/42\">");
    }

    @Test
    void verificationEmailPutsARelativeConfirmationPathUnderThePublicUrlAsAClickableLink() throws Exception {
        notifications.send(ALICE, NotificationKind.VERIFICATION_EMAIL, CERTIFICATE, "/verify/0123abcd", Locale.ENGLISH);

        MimeBodies bodies = MimeBodies.of(onlyReceivedMail());
        assertThat(bodies.text()).contains("https://certdesk.example/verify/0123abcd");
        assertThat(bodies.html()).contains(
                "<a href=\"https://certdesk.example/verify/0123abcd\">https://certdesk.example/verify/0123abcd</a>");
    }

    @Test
    void chineseLocaleGivesTheChineseSubjectAndBody() throws Exception {
        notifications.send(ALICE, NotificationKind.VALIDATION_FAILED, CERTIFICATE, "未找到 TXT 记录", Locale.SIMPLIFIED_CHINESE);

        MimeMessage mail = onlyReceivedMail();
        MimeBodies bodies = MimeBodies.of(mail);
        assertThat(mail.getSubject()).isEqualTo("[CertDesk] 证书 42 验证未通过");
        assertThat(bodies.text()).contains("原因：未找到 TXT 记录");
        assertThat(bodies.html()).contains("lang=\"zh-CN\"", "原因：未找到 TXT 记录");
    }

    @Test
    void aLanguageWithoutTemplatesFallsBackToEnglish() throws Exception {
        notifications.send(ALICE, NotificationKind.ISSUED, CERTIFICATE, "", Locale.GERMAN);

        assertThat(onlyReceivedMail().getSubject()).isEqualTo("[CertDesk] Certificate 42 has been issued");
    }

    @Test
    void theDetailIsEscapedInHtmlAndAnApostropheSurvivesTheTemplate() throws Exception {
        notifications.send(ALICE, NotificationKind.EXPIRY_REMINDER, CERTIFICATE, "<b>soon</b> & \"now\"", Locale.ENGLISH);

        MimeBodies bodies = MimeBodies.of(onlyReceivedMail());
        assertThat(bodies.html()).contains("&lt;b&gt;soon&lt;/b&gt; &amp; &quot;now&quot;", "Don&#39;t").doesNotContain("<b>");
        assertThat(bodies.text()).contains("<b>soon</b> & \"now\"", "Don't let");
    }

    @Test
    void theConfiguredLocaleIsUsedThroughThePort() throws Exception {
        SpringMailNotifications chinese = new SpringMailNotifications(senderTo(greenMail.getSmtp().getPort()), templates(),
                new MailNotificationProperties(null, Locale.forLanguageTag("zh-CN")), NO_CHOICES, Clock.fixed(NOW, ZoneOffset.UTC));

        chinese.send(ALICE, NotificationKind.REVOKED, CERTIFICATE, "keyCompromise");

        assertThat(onlyReceivedMail().getSubject()).isEqualTo("[CertDesk] 证书 42 已吊销");
    }

    @Test
    void whenTheTenantsChoiceCannotBeReadTheMailStillGoesOutInTheConfiguredLanguage() throws Exception {
        SpringMailNotifications withoutDatabase = new SpringMailNotifications(senderTo(greenMail.getSmtp().getPort()), templates(),
                new MailNotificationProperties(null, null), new UnreadableChoices(), Clock.fixed(NOW, ZoneOffset.UTC));

        withoutDatabase.send(ALICE, NotificationKind.ISSUED, CERTIFICATE, "");

        assertThat(onlyReceivedMail().getSubject()).isEqualTo("[CertDesk] Certificate 42 has been issued");
        assertThat(withoutDatabase.count()).isZero();
    }

    @Test
    void anUnreachableServerDoesNotFailTheCallerAndIsRecorded() throws IOException {
        SpringMailNotifications toNowhere = notificationsVia(closedPort());

        boolean accepted = toNowhere.send(ALICE, NotificationKind.ISSUED, CERTIFICATE, "", Locale.ENGLISH);
        toNowhere.send(ALICE, NotificationKind.REVOKED, CERTIFICATE, "superseded");

        assertThat(accepted).isFalse();
        assertThat(toNowhere.count()).isEqualTo(2);
        assertThat(toNowhere.last()).hasValueSatisfying(failure -> {
            assertThat(failure.kind()).isEqualTo(NotificationKind.REVOKED);
            assertThat(failure.to()).isEqualTo(ALICE);
            assertThat(failure.certificate()).isEqualTo(CERTIFICATE);
            assertThat(failure.at()).isEqualTo(NOW);
            assertThat(failure.reason()).isNotBlank();
        });
    }

    private static MimeMessage onlyReceivedMail() {
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static SpringMailNotifications notificationsVia(int smtpPort) {
        return new SpringMailNotifications(senderTo(smtpPort), templates(),
                new MailNotificationProperties(null, null), NO_CHOICES, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static MailTemplates templates() {
        return new MailTemplates(new PublicLinks("https://certdesk.example/"));
    }

    private static JavaMailSenderImpl senderTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    /** No tenant has chosen a language. */
    private static final MailLanguages NO_CHOICES = new UnreadableChoices() {
        @Override
        public Optional<MailLanguage> chosenForCertificate(CertificateId certificate) {
            return Optional.empty();
        }
    };

    /** As if the database were unreachable. */
    private static class UnreadableChoices implements MailLanguages {
        @Override
        public Optional<MailLanguage> chosen(TenantId tenant) {
            throw new IllegalStateException("database unreachable");
        }

        @Override
        public Optional<MailLanguage> chosenForCertificate(CertificateId certificate) {
            throw new IllegalStateException("database unreachable");
        }

        @Override
        public void save(TenantId tenant, MailLanguage language) {
            throw new IllegalStateException("database unreachable");
        }
    }

    /** A loopback port nobody listens on: connecting is refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
