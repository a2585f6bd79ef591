package org.certdesk.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.TenantSlug;
import org.certdesk.domain.account.Tenants;

/** Tenants in memory, with ids and slugs assigned as the database store assigns them. */
public final class InMemoryTenants implements Tenants {

    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Tenant save(Tenant tenant) {
        Tenant saved = tenant.id() != null
                ? new Tenant(tenant.id(), tenant.name(), tenants.get(tenant.id()).slug())
                : new Tenant(TenantId.of(ids.incrementAndGet()), tenant.name(), TenantSlug.candidates(tenant.name())
                        .filter(slug -> tenants.values().stream().noneMatch(t -> t.slug().equals(slug))).findFirst().orElseThrow());
        tenants.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public Optional<Tenant> findByName(String name) {
        return tenants.values().stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    @Override
    public List<Tenant> findAll() {
        return tenants.values().stream().sorted(Comparator.comparing(Tenant::name)).toList();
    }
}
