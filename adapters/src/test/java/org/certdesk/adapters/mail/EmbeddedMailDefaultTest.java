package org.certdesk.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.transaction.AfterCommitWork;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.certdesk.application.port.MailDeliveryFailures;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.name.EmailAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** With no spring.mail.host, notifications land in the in-process server and show up in the outbox. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class EmbeddedMailDefaultTest {

    /** No tenant owns it, so the mail is in the configured default language whatever other tests chose. */
    private static final CertificateId UNOWNED = CertificateId.of(900_000_007);

    @Autowired
    Notifications notifications;

    @Autowired
    CapturedMail capturedMail;

    @Autowired
    EmbeddedMailServer embeddedMailServer;

    @Autowired
    MailDeliveryFailures failures;

    @Autowired
    ApplicationContext context;

    @Test
    void aSentNotificationIsCapturedWithBothBodiesNewestFirst() {
        // Mail other tests committed in this shared context must not land among these two.
        AfterCommitWork.awaitDone(context);
        notifications.send(EmailAddress.parse("bob@example.org"), NotificationKind.APPLICATION_RECEIVED,
                UNOWNED, "first");
        notifications.send(EmailAddress.parse("bob@example.org"), NotificationKind.VERIFICATION_EMAIL,
                UNOWNED, "/verify/feedbeef");

        assertThat(capturedMail.capturing()).isTrue();
        assertThat(capturedMail.recent(1)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("bob@example.org");
            assertThat(mail.subject()).isEqualTo("[CertDesk] Please confirm the application for certificate 900000007");
            assertThat(mail.textBody()).contains("http://localhost:8080/verify/feedbeef");
            assertThat(mail.htmlBody()).contains("<a href=\"http://localhost:8080/verify/feedbeef\">");
            assertThat(mail.receivedAt()).isNotNull();
        });
        assertThat(capturedMail.recent(10)).extracting(CapturedMessage::subject)
                .containsSubsequence("[CertDesk] Please confirm the application for certificate 900000007",
                        "[CertDesk] Application received for certificate 900000007");
        assertThat(embeddedMailServer.host()).isEqualTo("127.0.0.1");
        assertThat(failures.count()).isZero();
    }
}
