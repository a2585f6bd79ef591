package org.certdesk.domain.certificate;

import static org.certdesk.domain.certificate.CertificateAction.APPLY;
import static org.certdesk.domain.certificate.CertificateAction.CANCEL;
import static org.certdesk.domain.certificate.CertificateAction.DOWNLOAD;
import static org.certdesk.domain.certificate.CertificateAction.RENEW;
import static org.certdesk.domain.certificate.CertificateAction.RESUBMIT;
import static org.certdesk.domain.certificate.CertificateAction.REVOKE;
import static org.certdesk.domain.certificate.CertificateAction.VIEW_CAUSE;
import static org.certdesk.domain.certificate.CertificateAction.VERIFY_NOW;
import static org.certdesk.domain.certificate.CertificateAction.VIEW_PROGRESS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The status a customer sees: the stored {@link CertificateStatus}, with Issued shown as Pending
 * Expiration in its last 30 days. It is also the one table of what each status allows: the
 * actions in the order the console shows them, and the one its status badge offers (seed: View
 * Progress, View Cause, Download).
 */
public enum DisplayStatus {
    PENDING_APPLICATION("Pending Application", null, APPLY),
    VERIFYING("Verifying", VIEW_PROGRESS, VIEW_PROGRESS, VERIFY_NOW, CANCEL),
    VALIDATION_FAILED("Validation Failed", VIEW_CAUSE, VIEW_CAUSE, RESUBMIT),
    ISSUED("Issued", DOWNLOAD, DOWNLOAD, REVOKE, RENEW),
    PENDING_EXPIRATION("Pending Expiration", DOWNLOAD, DOWNLOAD, REVOKE, RENEW),
    REVOKED("Revoked", null, VIEW_PROGRESS),
    EXPIRED("Expired", DOWNLOAD, DOWNLOAD, RENEW);

    private final String displayName;
    private final CertificateAction badgeAction;
    private final List<CertificateAction> allowedActions;

    DisplayStatus(String displayName, CertificateAction badgeAction, CertificateAction... allowedActions) {
        this.displayName = displayName;
        this.badgeAction = badgeAction;
        this.allowedActions = List.of(allowedActions);
    }

    /** From the stored status and notAfter alone, so list rows read without the aggregate get the same answer. */
    public static DisplayStatus of(CertificateStatus status, Instant notAfter, Instant now) {
        return switch (status) {
            case PENDING_APPLICATION -> PENDING_APPLICATION;
            case VERIFYING -> VERIFYING;
            case VALIDATION_FAILED -> VALIDATION_FAILED;
            case ISSUED -> notAfter != null && isPendingExpiration(notAfter, now) ? PENDING_EXPIRATION : ISSUED;
            case REVOKED -> REVOKED;
            case EXPIRED -> EXPIRED;
        };
    }

    static boolean isPendingExpiration(Instant notAfter, Instant now) {
        return !now.isAfter(notAfter) && !now.isBefore(notAfter.minus(Certificate.EXPIRATION_WARNING));
    }

    /** English, for logs and the views that show it untranslated; the console translates {@code status.<name>}. */
    public String displayName() {
        return displayName;
    }

    public List<CertificateAction> allowedActions() {
        return allowedActions;
    }

    public boolean allows(CertificateAction action) {
        return allowedActions.contains(action);
    }

    /** The action the status badge's popover offers, if any. */
    public Optional<CertificateAction> badgeAction() {
        return Optional.ofNullable(badgeAction);
    }
}
