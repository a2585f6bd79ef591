package org.certdesk.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.name.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With spring.mail.host set, Spring Boot's sender delivers to that server and nothing embedded starts. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ConfiguredMailHostTest {

    /** One server for the whole class: the Spring context keeps its port. */
    @RegisterExtension
    static final GreenMailExtension smtpServer =
            new GreenMailExtension(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtpServer.getSmtp().getPort());
    }

    @Autowired
    Notifications notifications;

    @Autowired
    CapturedMail capturedMail;

    @Autowired
    ApplicationContext context;

    @Test
    void theConfiguredServerReceivesTheMailAndNoEmbeddedServerRuns() throws Exception {
        // A certificate no tenant owns: the mail is in the configured default language whatever other tests chose.
        notifications.send(EmailAddress.parse("carol@example.net"), NotificationKind.ISSUED, CertificateId.of(900_000_009),
                "Valid until 2027-11-25");

        assertThat(smtpServer.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtpServer.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("carol@example.net");
        assertThat(received.getSubject()).isEqualTo("[CertDesk] Certificate 900000009 has been issued");
        assertThat(MimeBodies.of(received).text()).contains("Valid until 2027-11-25");
        assertThat(context.getBeanNamesForType(EmbeddedMailServer.class)).isEmpty();
        assertThat(capturedMail.capturing()).isFalse();
        assertThat(capturedMail.recent(10)).isEmpty();
    }
}
