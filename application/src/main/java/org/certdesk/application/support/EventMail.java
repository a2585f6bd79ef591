package org.certdesk.application.support;

import java.util.Optional;

import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateEvent;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.verification.DomainVerification;

/**
 * Which mail a certificate event sends to the application's contact (SPEC "Notifications"):
 * received, DV verification instructions, issued, validation failed with its cause, revoked.
 * The mails leave only after the change they report has committed; the mail adapter never
 * throws, so a mail server problem never undoes that change either.
 */
public class EventMail {

    private final Notifications notifications;

    public EventMail(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * The mails an event calls for, their text taken now from the certificate as it is at the
     * save, sent when the returned action runs (after the commit, see CertificateAccess).
     */
    Runnable mailsFor(Certificate certificate, CertificateEvent event) {
        var contact = certificate.application().map(a -> a.contact().email());
        if (contact.isEmpty()) {
            return () -> { };
        }
        EmailAddress to = contact.get();
        CertificateId id = certificate.id();
        return switch (event) {
            case CertificateEvent.ApplicationSubmitted e -> received(to, certificate);
            case CertificateEvent.ApplicationResubmitted e -> received(to, certificate);
            case CertificateEvent.CertificateIssued e -> mail(to, NotificationKind.ISSUED, id, names(certificate));
            case CertificateEvent.ApplicationRejected e -> mail(to, NotificationKind.VALIDATION_FAILED, id, e.cause());
            case CertificateEvent.CertificateRevoked e -> mail(to, NotificationKind.REVOKED, id, e.reason().displayName());
            // Checks, cancellations and expiry send no mail of their own.
            default -> () -> { };
        };
    }

    private Runnable received(EmailAddress to, Certificate certificate) {
        Runnable received = mail(to, NotificationKind.APPLICATION_RECEIVED, certificate.id(), names(certificate));
        Optional<String> instructions = instructions(certificate);
        return () -> {
            received.run();
            instructions.ifPresent(text -> notifications.send(to, NotificationKind.VERIFICATION_INSTRUCTIONS, certificate.id(), text));
        };
    }

    private Runnable mail(EmailAddress to, NotificationKind kind, CertificateId id, String detail) {
        return () -> notifications.send(to, kind, id, detail);
    }

    private static String names(Certificate certificate) {
        return certificate.application().map(a -> String.join(", ",
                a.identifiers().asList().stream().map(i -> i.display()).toList())).orElse("");
    }

    /** For DV, what to publish per name: the TXT record or the file. */
    private static Optional<String> instructions(Certificate certificate) {
        if (certificate.product().type() != ValidationType.DV) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (DomainVerification v : certificate.verifications()) {
            if (v.isVerified()) {
                continue;
            }
            text.append(v.identifier().display()).append(": ");
            if (v.method() == org.certdesk.domain.verification.VerificationMethod.DNS_TXT) {
                text.append("TXT ").append(v.dnsRecordHost()).append(" = ").append(v.token().value());
            } else if (v.method() == org.certdesk.domain.verification.VerificationMethod.DNS_PERSIST) {
                // The record names the tenant's account; the Progress panel shows its exact value.
                text.append("TXT ").append(v.persistRecordHost()).append(" (persistent validation record)");
            } else {
                text.append(v.fileUrl()).append(" containing ").append(v.token().value());
            }
            text.append('\n');
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString().strip());
    }
}
