package org.certdesk.domain.certificate;

/** The mails SPEC.md lists. */
public enum NotificationKind {
    APPLICATION_RECEIVED,
    VERIFICATION_INSTRUCTIONS,
    VERIFICATION_EMAIL,
    ISSUED,
    VALIDATION_FAILED,
    EXPIRY_REMINDER,
    REVOKED
}
