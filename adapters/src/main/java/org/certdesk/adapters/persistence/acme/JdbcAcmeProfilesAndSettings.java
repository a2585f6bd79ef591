package org.certdesk.adapters.persistence.acme;

import java.time.Duration;
import java.util.List;

import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.acme.AcmeSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin's ACME data: profiles in {@code acme_profile}, rate limits in the one row of {@code acme_settings}. */
@Component
class JdbcAcmeProfilesAndSettings implements AcmeProfiles, AcmeSettings {

    private final JdbcClient jdbc;

    JdbcAcmeProfilesAndSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AcmeProfile> all() {
        return jdbc.sql("SELECT * FROM acme_profile ORDER BY name").query((rs, n) -> {
            long seconds = rs.getLong("validity_seconds");
            Duration validity = rs.wasNull() ? null : Duration.ofSeconds(seconds);
            return new AcmeProfile(rs.getString("name"), rs.getString("description"), validity, rs.getBoolean("enabled"));
        }).list();
    }

    @Override
    public void save(AcmeProfile p) {
        jdbc.sql("""
                INSERT INTO acme_profile (name, description, validity_seconds, enabled) VALUES (:n, :d, :v, :e)
                ON DUPLICATE KEY UPDATE description = VALUES(description), validity_seconds = VALUES(validity_seconds),
                    enabled = VALUES(enabled)""")
                .param("n", p.name()).param("d", p.description())
                .param("v", p.fixedValidity().map(Duration::toSeconds).orElse(null)).param("e", p.enabled()).update();
    }

    @Override
    public AcmeRateLimits rateLimits() {
        return jdbc.sql("SELECT orders_per_hour, failed_validations_per_hour, tenant_orders_per_hour FROM acme_settings WHERE id = 1")
                .query((rs, n) -> new AcmeRateLimits(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional()
                .orElse(AcmeRateLimits.DEFAULT);
    }

    @Override
    public void saveRateLimits(AcmeRateLimits limits) {
        jdbc.sql("""
                INSERT INTO acme_settings (id, orders_per_hour, failed_validations_per_hour, tenant_orders_per_hour)
                VALUES (1, :o, :f, :t)
                ON DUPLICATE KEY UPDATE orders_per_hour = VALUES(orders_per_hour),
                    failed_validations_per_hour = VALUES(failed_validations_per_hour),
                    tenant_orders_per_hour = VALUES(tenant_orders_per_hour)""")
                .param("o", limits.ordersPerHour()).param("f", limits.failedValidationsPerHour())
                .param("t", limits.tenantOrdersPerHour()).update();
    }
}
