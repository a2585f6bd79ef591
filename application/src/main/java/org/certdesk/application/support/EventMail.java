package org.certdesk.application.support;

import java.util.Optional;

import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateEvent;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.certificate.Notifications;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.verification.DomainVerification;

/**
 * Which mail a certificate event sends to the application's contact (SPEC "Notifications"):
 * received, DV verification instructions, issued, validation failed with its cause, revoked.
 * The mail adapter never throws, so a mail server problem never undoes the change it reports.
 */
public class EventMail {

    private final Notifications notifications;

    public EventMail(Notifications notifications) {
        this.notifications = notifications;
    }

    void send(Certificate certificate, CertificateEvent event) {
        var contact = certificate.application().map(a -> a.contact().email());
        if (contact.isEmpty()) {
            return;
        }
        switch (event) {
            case CertificateEvent.ApplicationSubmitted e -> {
                notifications.send(contact.get(), NotificationKind.APPLICATION_RECEIVED, certificate.id(), names(certificate));
                instructions(certificate).ifPresent(text ->
                        notifications.send(contact.get(), NotificationKind.VERIFICATION_INSTRUCTIONS, certificate.id(), text));
            }
            case CertificateEvent.ApplicationResubmitted e -> {
                notifications.send(contact.get(), NotificationKind.APPLICATION_RECEIVED, certificate.id(), names(certificate));
                instructions(certificate).ifPresent(text ->
                        notifications.send(contact.get(), NotificationKind.VERIFICATION_INSTRUCTIONS, certificate.id(), text));
            }
            case CertificateEvent.CertificateIssued e ->
                    notifications.send(contact.get(), NotificationKind.ISSUED, certificate.id(), names(certificate));
            case CertificateEvent.ApplicationRejected e ->
                    notifications.send(contact.get(), NotificationKind.VALIDATION_FAILED, certificate.id(), e.cause());
            case CertificateEvent.CertificateRevoked e ->
                    notifications.send(contact.get(), NotificationKind.REVOKED, certificate.id(), e.reason().displayName());
            default -> {
                // Checks, cancellations and expiry send no mail of their own.
            }
        }
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
            } else {
                text.append(v.fileUrl()).append(" containing ").append(v.token().value());
            }
            text.append('\n');
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString().strip());
    }
}
