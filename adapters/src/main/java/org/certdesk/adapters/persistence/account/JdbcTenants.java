package org.certdesk.adapters.persistence.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.TenantSlug;
import org.certdesk.domain.account.Tenants;
import org.springframework.stereotype.Component;

@Component
class JdbcTenants implements Tenants {

    private final TenantRowRepository rows;
    private final Clock clock;

    JdbcTenants(TenantRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Tenant save(Tenant tenant) {
        Long id = tenant.id() == null ? null : tenant.id().value();
        TenantRow saved = rows.save(new TenantRow(id, tenant.name(), slugOf(tenant).value(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return toDomain(saved);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return rows.findById(id.value()).map(JdbcTenants::toDomain);
    }

    @Override
    public Optional<Tenant> findByName(String name) {
        return rows.findByName(name.strip()).map(JdbcTenants::toDomain);
    }

    @Override
    public List<Tenant> findAll() {
        return rows.findAllByOrderByName().stream().map(JdbcTenants::toDomain).toList();
    }

    /**
     * A new tenant's first free candidate; a stored one keeps the slug it has. Two tenants whose
     * names give the same label, created at the same instant, meet the unique index: one fails.
     */
    private TenantSlug slugOf(Tenant tenant) {
        if (tenant.id() == null) {
            return TenantSlug.candidates(tenant.name()).filter(slug -> !rows.existsBySlug(slug.value())).findFirst().orElseThrow();
        }
        if (tenant.slug() != null) {
            return tenant.slug();
        }
        return rows.findById(tenant.id().value()).map(row -> new TenantSlug(row.slug()))
                .orElseThrow(() -> new IllegalStateException("No tenant " + tenant.id() + " to update."));
    }

    private static Tenant toDomain(TenantRow row) {
        return new Tenant(TenantId.of(row.id()), row.name(), new TenantSlug(row.slug()));
    }
}
