package org.certdesk.application.account;

import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;

/** What sign-in needs to know of an account: its hash to compare, its role and tenant to scope the session. */
public record SignInAccount(AccountId id, String username, String displayName, String passwordHash, Role role, TenantId tenantId, boolean enabled) {
}
