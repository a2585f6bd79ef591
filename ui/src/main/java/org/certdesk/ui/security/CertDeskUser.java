package org.certdesk.ui.security;

import java.util.List;

import org.certdesk.application.account.SignInAccount;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person as Spring Security keeps it, with the tenant every customer query is scoped to. */
public class CertDeskUser extends User {

    private final transient AccountId accountId;
    private final String displayName;
    private final Role role;
    private final transient TenantId tenantId;

    CertDeskUser(SignInAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.accountId = account.id();
        this.displayName = account.displayName();
        this.role = account.role();
        this.tenantId = account.tenantId();
    }

    /** Who acts, for the use cases: account, role and (for customers) tenant. */
    public Actor actor() {
        return new Actor(accountId, getUsername(), role, tenantId);
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The customer's tenant; null for CA staff. */
    public TenantId tenantId() {
        return tenantId;
    }
}
