package org.certdesk.domain.certificate;

/** How much the CA checks, and the policy OID it asserts (BR 7.1.6.1). */
public enum ValidationType {
    DV("Domain Validated", "2.23.140.1.2.1"),
    OV("Organization Validated", "2.23.140.1.2.2"),
    EV("Extended Validation", "2.23.140.1.1");

    private final String displayName;
    private final String policyOid;

    ValidationType(String displayName, String policyOid) {
        this.displayName = displayName;
        this.policyOid = policyOid;
    }

    public String displayName() {
        return displayName;
    }

    public String policyOid() {
        return policyOid;
    }

    /** OV and EV identify an organization, which the CA verifies by people, not only DNS. */
    public boolean validatesOrganization() {
        return this != DV;
    }
}
