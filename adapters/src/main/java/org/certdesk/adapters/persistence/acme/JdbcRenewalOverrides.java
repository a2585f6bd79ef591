package org.certdesk.adapters.persistence.acme;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.acme.RenewalOverrides;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The admin's renewal overrides in {@code acme_renewal_override}, one per certificate (the latest wins). */
@Component
class JdbcRenewalOverrides implements RenewalOverrides {

    private final JdbcClient jdbc;

    JdbcRenewalOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RenewBy> find(CertificateId certificate) {
        return jdbc.sql("SELECT renew_by, reason FROM acme_renewal_override WHERE certificate_id = :c")
                .param("c", certificate.value())
                .query((rs, n) -> new RenewBy(rs.getObject(1, Instant.class), rs.getString(2))).optional();
    }

    @Override
    public void set(CertificateId certificate, Instant renewBy, String reason, String setBy, Instant at) {
        jdbc.sql("""
                INSERT INTO acme_renewal_override (certificate_id, renew_by, reason, set_by, set_at) VALUES (:c, :by, :r, :who, :at)
                ON DUPLICATE KEY UPDATE renew_by = VALUES(renew_by), reason = VALUES(reason), set_by = VALUES(set_by),
                    set_at = VALUES(set_at)""")
                .param("c", certificate.value()).param("by", Micros.of(renewBy)).param("r", reason).param("who", setBy)
                .param("at", Micros.of(at)).update();
    }

    @Override
    public int setForAllAcmeCertificates(Instant renewBy, String reason, String setBy, Instant at) {
        return jdbc.sql("""
                INSERT INTO acme_renewal_override (certificate_id, renew_by, reason, set_by, set_at)
                SELECT o.certificate_id, :by, :r, :who, :at FROM acme_order o JOIN certificate c ON c.id = o.certificate_id
                WHERE c.status = 'ISSUED'
                ON DUPLICATE KEY UPDATE renew_by = VALUES(renew_by), reason = VALUES(reason), set_by = VALUES(set_by),
                    set_at = VALUES(set_at)""")
                .param("by", Micros.of(renewBy)).param("r", reason).param("who", setBy).param("at", Micros.of(at)).update();
    }
}
