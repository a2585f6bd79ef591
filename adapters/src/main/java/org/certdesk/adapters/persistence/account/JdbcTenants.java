package org.certdesk.adapters.persistence.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
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
        TenantRow saved = rows.save(new TenantRow(id, tenant.name(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new Tenant(TenantId.of(saved.id()), saved.name());
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

    private static Tenant toDomain(TenantRow row) {
        return new Tenant(TenantId.of(row.id()), row.name());
    }
}
