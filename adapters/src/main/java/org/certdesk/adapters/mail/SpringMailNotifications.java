package org.certdesk.adapters.mail;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.certdesk.application.port.MailDeliveryFailures;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;
import org.certdesk.domain.name.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends each notification as one multipart/alternative mail (plain text and HTML) over SMTP.
 * A mail that cannot be sent never undoes the action that caused it: the failure is logged,
 * counted and kept for {@link MailDeliveryFailures}, and {@link #send} returns normally.
 * Each mail is written in the language the certificate's tenant chose, else in the configured one.
 */
public class SpringMailNotifications implements Notifications, MailDeliveryFailures {

    private static final Logger log = LoggerFactory.getLogger(SpringMailNotifications.class);

    private final JavaMailSender mailSender;
    private final MailTemplates templates;
    private final MailNotificationProperties properties;
    private final MailLanguages languages;
    private final Clock clock;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<FailedDelivery> lastFailure = new AtomicReference<>();

    static {
        MailStreamProviderPin.pin();
    }

    SpringMailNotifications(JavaMailSender mailSender, MailTemplates templates,
                            MailNotificationProperties properties, MailLanguages languages, Clock clock) {
        this.mailSender = mailSender;
        this.templates = templates;
        this.properties = properties;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * The language is looked up here rather than passed through the port: every caller already
     * names the certificate, and the language is a matter of presentation, like the template.
     */
    @Override
    public void send(EmailAddress to, NotificationKind kind, CertificateId certificate, String detail) {
        send(to, kind, certificate, detail, languageFor(certificate));
    }

    private Locale languageFor(CertificateId certificate) {
        try {
            return languages.chosenForCertificate(certificate).map(MailLanguage::locale)
                    .orElse(MailLanguage.nearest(properties.locale()).locale());
        } catch (RuntimeException e) {
            // A mail in the default language beats no mail: the lookup must not stop the notification.
            log.warn("Mail language for certificate {} not found, using the default: {}", certificate,
                    NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return MailLanguage.nearest(properties.locale()).locale();
        }
    }

    /** @return whether the SMTP server accepted the mail */
    public boolean send(EmailAddress to, NotificationKind kind, CertificateId certificate, String detail, Locale locale) {
        try {
            RenderedMail mail = templates.render(kind, certificate, detail, locale);
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to.value());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            mailSender.send(message);
            log.debug("Sent {} for certificate {} to {}", kind, certificate, to);
            return true;
        } catch (RuntimeException | MessagingException e) {
            // MailException, and anything else (a template that fails): logged with its recipient, never lost silently.
            recordFailure(to, kind, certificate, e);
            return false;
        }
    }

    private void recordFailure(EmailAddress to, NotificationKind kind, CertificateId certificate, Exception e) {
        String reason = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
        failures.incrementAndGet();
        lastFailure.set(new FailedDelivery(clock.instant(), to, kind, certificate, reason));
        // One line for the operator; the stack trace only at debug level.
        log.warn("Mail {} for certificate {} to {} was not sent: {}", kind, certificate, to, reason);
        log.debug("Mail failure detail", e);
    }

    @Override
    public long count() {
        return failures.get();
    }

    @Override
    public Optional<FailedDelivery> last() {
        return Optional.ofNullable(lastFailure.get());
    }
}
