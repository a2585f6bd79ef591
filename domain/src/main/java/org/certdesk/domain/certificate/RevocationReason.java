package org.certdesk.domain.certificate;

/**
 * RFC 5280 5.3.1 CRLReason codes. BR 7.2.2 limits what a subscriber certificate's CRL entry may
 * carry; certificateHold is forbidden (BR 4.9.13: no suspension) and the CA/AA compromise and
 * removeFromCRL codes never apply to a leaf.
 */
public enum RevocationReason {
    UNSPECIFIED(0, "Unspecified", true),
    KEY_COMPROMISE(1, "Key compromise", true),
    CA_COMPROMISE(2, "CA compromise", false),
    AFFILIATION_CHANGED(3, "Affiliation changed", true),
    SUPERSEDED(4, "Superseded", true),
    CESSATION_OF_OPERATION(5, "Cessation of operation", true),
    CERTIFICATE_HOLD(6, "Certificate hold", false),
    REMOVE_FROM_CRL(8, "Remove from CRL", false),
    PRIVILEGE_WITHDRAWN(9, "Privilege withdrawn", true),
    AA_COMPROMISE(10, "AA compromise", false);

    private final int code;
    private final String displayName;
    private final boolean allowedForSubscriberCertificates;

    RevocationReason(int code, String displayName, boolean allowedForSubscriberCertificates) {
        this.code = code;
        this.displayName = displayName;
        this.allowedForSubscriberCertificates = allowedForSubscriberCertificates;
    }

    public int code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public boolean allowedForSubscriberCertificates() {
        return allowedForSubscriberCertificates;
    }
}
