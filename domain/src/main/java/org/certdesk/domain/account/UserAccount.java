package org.certdesk.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * A person who signs in. Customers belong to exactly one tenant; CA staff (reviewers, admins)
 * belong to none, so a staff account can never be mistaken for a tenant's member.
 */
public record UserAccount(
        AccountId id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        TenantId tenantId,
        boolean enabled,
        long version) {

    public static final int MAX_USERNAME_LENGTH = 63;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (MAX_USERNAME_LENGTH - 1) + "}");

    public UserAccount {
        if (!isValidUsername(username)) {
            throw new DomainException(Refusal.of("account.badUsername", username, FieldName.of("username")));
        }
        if (displayName == null || displayName.isBlank()) {
            throw new DomainException(Refusal.of("account.displayNameRequired", FieldName.of("displayName")));
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new DomainException(Refusal.of("account.passwordRequired"));
        }
        if (role == null) {
            throw new DomainException(Refusal.of("account.roleRequired"));
        }
        if (role.belongsToTenant() && tenantId == null) {
            throw new DomainException(Refusal.of("account.customerNeedsTenant"));
        }
        if (!role.belongsToTenant() && tenantId != null) {
            throw new DomainException(Refusal.of("account.staffNoTenant"));
        }
    }

    public static UserAccount newCustomer(String username, String displayName, String passwordHash, TenantId tenant) {
        return new UserAccount(null, normalize(username), displayName, passwordHash, Role.CUSTOMER, tenant, true, 0);
    }

    public static UserAccount newStaff(String username, String displayName, String passwordHash, Role role) {
        return new UserAccount(null, normalize(username), displayName, passwordHash, role, null, true, 0);
    }

    /** Whether a (normalized) username has the allowed form. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public UserAccount withPasswordHash(String newHash) {
        return new UserAccount(id, username, displayName, newHash, role, tenantId, enabled, version);
    }

    public UserAccount withEnabled(boolean nowEnabled) {
        return new UserAccount(id, username, displayName, passwordHash, role, tenantId, nowEnabled, version);
    }

    /** The form every stored username has: trimmed, lower case. */
    public static String normalize(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
