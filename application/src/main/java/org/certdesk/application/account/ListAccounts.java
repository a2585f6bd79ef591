package org.certdesk.application.account;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;

/** Use case: the CA admin lists every account with its role, tenant and whether it may sign in; and the tenants. */
public class ListAccounts {

    private final UserAccounts accounts;
    private final Tenants tenants;

    public ListAccounts(UserAccounts accounts, Tenants tenants) {
        this.accounts = accounts;
        this.tenants = tenants;
    }

    public List<AccountSummary> accounts(Actor actor) {
        AdminOnly.require(actor);
        Map<TenantId, String> tenantNames = tenants.findAll().stream().collect(Collectors.toMap(Tenant::id, Tenant::name));
        return accounts.findAll().stream().map(account -> summary(account, tenantNames::get)).toList();
    }

    public List<Tenant> tenants(Actor actor) {
        AdminOnly.require(actor);
        return tenants.findAll();
    }

    static AccountSummary summary(UserAccount account, Function<TenantId, String> tenantName) {
        TenantId tenant = account.tenantId();
        return new AccountSummary(account.id(), account.username(), account.displayName(), account.role(), tenant,
                tenant == null ? null : tenantName.apply(tenant), account.enabled());
    }
}
