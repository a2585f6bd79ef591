package org.certdesk.domain.account;

/** What a signed-in person may do in CertDesk (SPEC.md "Roles"). */
public enum Role {
    /** A tenant's user: buys slots, applies, downloads; sees only its own tenant's data. */
    CUSTOMER,
    /** CA staff who work the OV/EV review queue. */
    REVIEWER,
    /** CA staff who manage the CA hierarchy, calendar, products and accounts. */
    ADMIN;

    public boolean belongsToTenant() {
        return this == CUSTOMER;
    }
}
