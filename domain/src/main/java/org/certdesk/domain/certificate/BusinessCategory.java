package org.certdesk.domain.certificate;

/** EV Guidelines 7.1.4.2.3 businessCategory values. */
public enum BusinessCategory {
    PRIVATE_ORGANIZATION("Private Organization"),
    GOVERNMENT_ENTITY("Government Entity"),
    BUSINESS_ENTITY("Business Entity"),
    NON_COMMERCIAL_ENTITY("Non-Commercial Entity");

    private final String displayName;

    BusinessCategory(String displayName) {
        this.displayName = displayName;
    }

    /** The exact string that goes into the certificate subject. */
    public String displayName() {
        return displayName;
    }
}
