package org.certdesk.application.demo;

import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;

/**
 * Use case: on an empty database, create two tenants with a customer each, a reviewer and an
 * admin. The passwords are fixed and public (README): this is demo data, never seeded into a
 * configured database server unless explicitly enabled.
 */
public class SeedDemoData {

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("alice", "alice-demo", Role.CUSTOMER, "Acme Corporation"),
            new DemoAccount("bob", "bob-demo", Role.CUSTOMER, "Globex Ltd"),
            new DemoAccount("rita", "rita-demo", Role.REVIEWER, null),
            new DemoAccount("adam", "adam-demo", Role.ADMIN, null));

    private final UserAccounts accounts;
    private final Tenants tenants;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public SeedDemoData(UserAccounts accounts, Tenants tenants, PasswordHasher hasher, Transactions transactions) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    /** Seeds when no account exists yet; returns the demo accounts either way, for printing. */
    public Result seedIfEmpty() {
        return transactions.inTransaction(() -> {
            if (accounts.count() > 0) {
                return new Result(false, ACCOUNTS);
            }
            ACCOUNTS.forEach(this::create);
            return new Result(true, ACCOUNTS);
        });
    }

    private void create(DemoAccount demo) {
        String hash = hasher.hash(demo.password());
        String displayName = Character.toUpperCase(demo.username().charAt(0)) + demo.username().substring(1);
        if (demo.role() == Role.CUSTOMER) {
            Tenant tenant = tenants.save(Tenant.unsaved(demo.tenant()));
            accounts.save(UserAccount.newCustomer(demo.username(), displayName, hash, tenant.id()));
        } else {
            accounts.save(UserAccount.newStaff(demo.username(), displayName, hash, demo.role()));
        }
    }

    public record Result(boolean seeded, List<DemoAccount> accounts) {
    }
}
