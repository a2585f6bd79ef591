package org.certdesk.adapters.persistence.acme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAuthorizationId;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeOrderId;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.AcmeStatus;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Orders in {@code acme_order}; identifiers and authorization ids one per line. Versioned like certificates. */
@Component
class JdbcAcmeOrders implements AcmeOrders {

    private final JdbcClient jdbc;

    JdbcAcmeOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AcmeOrder save(AcmeOrder o) {
        if (o.id() == null) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO acme_order (tenant_id, account_id, identifiers, authorizations, status, expires, profile, replaces,
                        certificate_id, error_type, error_detail, created_at, version)
                    VALUES (:tenant, :account, :identifiers, :authorizations, :status, :expires, :profile, :replaces, :certificate,
                        :errorType, :errorDetail, :created, 0)""")
                    .param("tenant", o.tenant().value()).param("account", o.account().value())
                    .param("identifiers", String.join("\n", o.identifiers().asList().stream().map(Identifier::value).toList()))
                    .param("authorizations", String.join("\n", o.authorizations().stream().map(a -> String.valueOf(a.value())).toList()))
                    .param("status", o.status().name()).param("expires", Micros.of(o.expires())).param("profile", o.profile())
                    .param("replaces", o.replaces().orElse(null))
                    .param("certificate", o.certificate().map(CertificateId::value).orElse(null))
                    .param("errorType", o.errorType().map(Enum::name).orElse(null)).param("errorDetail", o.errorDetail().orElse(null))
                    .param("created", Micros.of(o.createdAt()))
                    .update(keys);
            return find(new AcmeOrderId(keys.getKey().longValue())).orElseThrow();
        }
        int updated = jdbc.sql("""
                UPDATE acme_order SET status = :status, certificate_id = :certificate, error_type = :errorType,
                    error_detail = :errorDetail, version = version + 1 WHERE id = :id AND version = :version""")
                .param("status", o.status().name()).param("certificate", o.certificate().map(CertificateId::value).orElse(null))
                .param("errorType", o.errorType().map(Enum::name).orElse(null)).param("errorDetail", o.errorDetail().orElse(null))
                .param("id", o.id().value()).param("version", o.version()).update();
        if (updated != 1) {
            throw new ConcurrentChangeException();
        }
        return find(o.id()).orElseThrow();
    }

    @Override
    public Optional<AcmeOrder> find(AcmeOrderId id) {
        return jdbc.sql("SELECT * FROM acme_order WHERE id = :id").param("id", id.value()).query(JdbcAcmeOrders::row).optional();
    }

    @Override
    public Optional<AcmeOrder> findByCertificate(CertificateId certificate) {
        return jdbc.sql("SELECT * FROM acme_order WHERE certificate_id = :c").param("c", certificate.value())
                .query(JdbcAcmeOrders::row).optional();
    }

    @Override
    public boolean isReplaced(String ariCertificateId) {
        return jdbc.sql("SELECT COUNT(*) FROM acme_order WHERE replaces = :r AND status = 'VALID'").param("r", ariCertificateId)
                .query(Integer.class).single() > 0;
    }

    @Override
    public int countPlacedSince(AcmeAccountId account, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM acme_order WHERE account_id = :a AND created_at >= :since")
                .param("a", account.value()).param("since", Micros.of(since)).query(Integer.class).single();
    }

    @Override
    public int countPlacedByTenantSince(TenantId tenant, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM acme_order WHERE tenant_id = :t AND created_at >= :since")
                .param("t", tenant.value()).param("since", Micros.of(since)).query(Integer.class).single();
    }

    private static AcmeOrder row(ResultSet rs, int n) throws SQLException {
        long certificate = rs.getLong("certificate_id");
        String errorType = rs.getString("error_type");
        return AcmeOrder.restore(new AcmeOrderId(rs.getLong("id")), TenantId.of(rs.getLong("tenant_id")),
                new AcmeAccountId(rs.getLong("account_id")),
                Identifiers.of(Arrays.stream(rs.getString("identifiers").split("\n")).map(Identifier::restore).toList()),
                Arrays.stream(rs.getString("authorizations").split("\n")).map(s -> new AcmeAuthorizationId(Long.parseLong(s))).toList(),
                AcmeStatus.valueOf(rs.getString("status")), rs.getObject("expires", Instant.class), rs.getString("profile"),
                rs.getString("replaces"), certificate == 0 ? null : CertificateId.of(certificate),
                errorType == null ? null : AcmeProblemType.valueOf(errorType), rs.getString("error_detail"),
                rs.getObject("created_at", Instant.class), rs.getLong("version"));
    }
}
