package org.certdesk.domain.account;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * An organization account; customers belong to one and see only its data. Its slug names its
 * own part of the demo zone.
 */
public record Tenant(TenantId id, String name, TenantSlug slug) {

    public Tenant {
        if (name == null || name.isBlank()) {
            throw new DomainException(Refusal.of("account.tenantNameRequired"));
        }
        name = name.strip();
    }

    /** A tenant not stored yet: the store assigns its id and a unique slug. */
    public static Tenant unsaved(String name) {
        return new Tenant(null, name, null);
    }
}
