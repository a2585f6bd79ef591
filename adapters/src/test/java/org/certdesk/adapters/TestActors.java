package org.certdesk.adapters;

import java.util.UUID;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.springframework.stereotype.Component;

/**
 * Stored accounts for the persistence tests, each with a unique name (the tests share one
 * database): a customer of a tenant of its own, or CA staff of a role.
 */
@Component
public class TestActors {

    private final Tenants tenants;
    private final UserAccounts accounts;

    TestActors(Tenants tenants, UserAccounts accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    public Actor customer() {
        Tenant tenant = tenants.save(Tenant.unsaved("Tenant " + unique()));
        UserAccount account = accounts.save(UserAccount.newCustomer("c-" + unique(), "Customer", "hash", tenant.id()));
        return Actor.customer(account.id(), account.username(), tenant.id());
    }

    public Actor staff(Role role) {
        UserAccount account = accounts.save(UserAccount.newStaff(role.name().toLowerCase() + "-" + unique(), "Staff", "hash", role));
        return Actor.staff(account.id(), account.username(), role);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
