package org.certdesk.application.support;

import org.certdesk.domain.certificate.CertificateEvent;

/** How certificate events read in the audit log. */
final class AuditActions {

    private AuditActions() {
    }

    static String nameOf(CertificateEvent event) {
        return switch (event) {
            case CertificateEvent.ApplicationSubmitted e -> "Application submitted";
            case CertificateEvent.ApplicationCancelled e -> "Application cancelled";
            case CertificateEvent.VerificationAttempted e -> "Domain check";
            case CertificateEvent.ApplicationRejected e -> "Application rejected";
            case CertificateEvent.ApplicationResubmitted e -> "Application resubmitted";
            case CertificateEvent.CertificateIssued e -> "Certificate issued";
            case CertificateEvent.CertificateRevoked e -> "Certificate revoked";
            case CertificateEvent.CertificateExpired e -> "Certificate expired";
        };
    }

    static String detailOf(CertificateEvent event) {
        return switch (event) {
            case CertificateEvent.ApplicationSubmitted e -> "round " + e.round();
            case CertificateEvent.ApplicationResubmitted e -> "round " + e.round();
            case CertificateEvent.VerificationAttempted e -> e.identifier().display() + ": " + e.attempt().message();
            case CertificateEvent.ApplicationRejected e -> e.cause();
            case CertificateEvent.CertificateIssued e -> "serial " + e.issued().serialHex();
            case CertificateEvent.CertificateRevoked e -> e.reason().displayName();
            case CertificateEvent.ApplicationCancelled e -> null;
            case CertificateEvent.CertificateExpired e -> null;
        };
    }
}
