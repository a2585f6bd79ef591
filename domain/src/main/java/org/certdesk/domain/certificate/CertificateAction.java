package org.certdesk.domain.certificate;

/**
 * What a person can do to a certificate from the console. Which ones a status allows is the
 * table in {@link DisplayStatus}; the console draws its buttons from it and the use cases and
 * transitions refuse what it does not allow.
 */
public enum CertificateAction {
    APPLY,
    VIEW_PROGRESS,
    /** Check the published DNS records or files again; only while the names can still be verified. */
    VERIFY_NOW,
    CANCEL,
    VIEW_CAUSE,
    RESUBMIT,
    DOWNLOAD,
    REVOKE,
    RENEW
}
