package org.certdesk.domain.account;

import java.util.Objects;

import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/**
 * Who performs a use case: carried into every command so each use case checks role and tenant
 * at its boundary, whatever the caller (view, scheduler, test).
 */
public record Actor(AccountId account, String username, Role role, TenantId tenant) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role.belongsToTenant() != (tenant != null)) {
            throw new IllegalArgumentException("Customers act for a tenant, staff for none: " + username);
        }
    }

    public static Actor customer(AccountId account, String username, TenantId tenant) {
        return new Actor(account, username, Role.CUSTOMER, tenant);
    }

    public static Actor staff(AccountId account, String username, Role role) {
        return new Actor(account, username, role, null);
    }

    /** The built-in CA automation (DV auto-approval, sweeps), recorded as such in the audit log. */
    public static Actor system() {
        return new Actor(null, "system", Role.ADMIN, null);
    }

    /** The tenant a customer acts for; refuses staff. */
    public TenantId requireCustomerTenant() {
        if (role != Role.CUSTOMER) {
            throw new NotPermittedException(Refusal.of("permission.customerOnly"));
        }
        return tenant;
    }

    /** The reviewer's account; refuses anyone else. */
    public AccountId requireReviewer() {
        if (role != Role.REVIEWER || account == null) {
            throw new NotPermittedException(Refusal.of("permission.reviewerOnly"));
        }
        return account;
    }

    public void requireStaff() {
        if (role == Role.CUSTOMER) {
            throw new NotPermittedException(Refusal.of("permission.staffOnly"));
        }
    }
}
