package org.certdesk.domain.account;

import java.util.List;
import java.util.Optional;
import org.certdesk.domain.shared.DomainRepository;

/** Port: where tenants (organization accounts) are kept. */
@DomainRepository
public interface Tenants {

    /**
     * Stores a tenant. A new one (no id) gets its id and the first of
     * {@link TenantSlug#candidates(String)} no other tenant has; a stored one keeps its slug.
     */
    Tenant save(Tenant tenant);

    Optional<Tenant> findById(TenantId id);

    /** Names are unique; compared as the database collation does (case-insensitive). */
    Optional<Tenant> findByName(String name);

    /** Every tenant, ordered by name. */
    List<Tenant> findAll();
}
