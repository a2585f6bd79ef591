package org.certdesk.application.account;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;

/**
 * Use case: the CA admin creates an account: a customer of an existing tenant or of a new one
 * named here, or CA staff (reviewer, admin) who belong to no tenant. Each refusal names its field.
 */
public class CreateAccount {

    private final UserAccounts accounts;
    private final Tenants tenants;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final AccountAudit audit;

    public CreateAccount(UserAccounts accounts, Tenants tenants, PasswordHasher hasher, AuditLog auditLog,
                         Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.tenants = tenants;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = new AccountAudit(auditLog, clock);
    }

    /**
     * @param existingTenant for a customer: the tenant to join, or null when newTenantName names a new one
     * @param newTenantName  for a customer with no existingTenant: the organization to create
     */
    /** Names people read in lists; the columns hold 200. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;
    public static final int MAX_TENANT_NAME_LENGTH = 100;

    public record Command(Actor actor, String username, String displayName, Role role, TenantId existingTenant,
                          String newTenantName, String password) {
    }

    public AccountSummary create(Command command) {
        AdminOnly.require(command.actor());
        String username = UserAccount.normalize(command.username());
        if (!UserAccount.isValidUsername(username)) {
            throw new InvalidAccountInput(AccountProblem.USERNAME_INVALID);
        }
        if (command.displayName() == null || command.displayName().isBlank()) {
            throw new InvalidAccountInput(AccountProblem.DISPLAY_NAME_MISSING);
        }
        if (command.displayName().strip().length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidAccountInput(AccountProblem.DISPLAY_NAME_TOO_LONG);
        }
        if (command.newTenantName() != null && command.newTenantName().strip().length() > MAX_TENANT_NAME_LENGTH) {
            throw new InvalidAccountInput(AccountProblem.TENANT_NAME_TOO_LONG);
        }
        if (command.role() == null) {
            throw new InvalidAccountInput(AccountProblem.ROLE_MISSING);
        }
        // BCrypt is slow on purpose: hash before the transaction, not while it holds locks.
        String hash = hasher.hash(PasswordRule.check(command.password()));
        return transactions.inTransaction(() -> {
            if (accounts.findByUsername(username).isPresent()) {
                throw new InvalidAccountInput(AccountProblem.USERNAME_TAKEN);
            }
            String displayName = command.displayName().strip();
            UserAccount created;
            Tenant tenant = null;
            if (command.role().belongsToTenant()) {
                tenant = tenantFor(command);
                created = accounts.save(UserAccount.newCustomer(username, displayName, hash, tenant.id()));
            } else {
                created = accounts.save(UserAccount.newStaff(username, displayName, hash, command.role()));
            }
            audit.record(command.actor(), "Account created", created);
            String tenantName = tenant == null ? null : tenant.name();
            return ListAccounts.summary(created, id -> tenantName);
        });
    }

    private Tenant tenantFor(Command command) {
        if (command.existingTenant() != null) {
            return tenants.findById(command.existingTenant())
                    .orElseThrow(() -> new InvalidAccountInput(AccountProblem.TENANT_UNKNOWN));
        }
        if (command.newTenantName() == null || command.newTenantName().isBlank()) {
            throw new InvalidAccountInput(AccountProblem.TENANT_MISSING);
        }
        if (tenants.findByName(command.newTenantName()).isPresent()) {
            throw new InvalidAccountInput(AccountProblem.TENANT_NAME_TAKEN);
        }
        return tenants.save(Tenant.unsaved(command.newTenantName()));
    }
}
