package org.certdesk.domain.certificate;

/** The seed's statuses. "Pending Expiration" is a view of ISSUED, not a status of its own. */
public enum CertificateStatus {
    PENDING_APPLICATION("Pending Application"),
    VERIFYING("Verifying"),
    VALIDATION_FAILED("Validation Failed"),
    ISSUED("Issued"),
    REVOKED("Revoked"),
    EXPIRED("Expired");

    private final String displayName;

    CertificateStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
