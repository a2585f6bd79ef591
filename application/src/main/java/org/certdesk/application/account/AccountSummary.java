package org.certdesk.application.account;

import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;

/** One row of the admin's account list; tenant fields are null for CA staff. */
public record AccountSummary(AccountId id, String username, String displayName, Role role, TenantId tenantId,
                             String tenantName, boolean enabled) {
}
