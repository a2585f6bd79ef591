package org.certdesk.domain.account;

import java.util.Optional;

/** Port: where tenants (organization accounts) are kept. */
public interface Tenants {

    Tenant save(Tenant tenant);

    Optional<Tenant> findById(TenantId id);
}
