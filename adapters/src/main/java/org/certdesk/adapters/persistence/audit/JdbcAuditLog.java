package org.certdesk.adapters.persistence.audit;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit log as an append-only table; written inside the use case's transaction. */
@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor, actor_role, tenant_id, certificate_id, action, before_status, after_status, detail)
                VALUES (:at, :actor, :role, :tenant, :certificate, :action, :before, :after, :detail)""")
                .param("at", entry.at().truncatedTo(ChronoUnit.MICROS))
                .param("actor", entry.actor())
                .param("role", entry.actorRole())
                .param("tenant", entry.tenant() == null ? null : entry.tenant().value())
                .param("certificate", entry.certificate() == null ? null : entry.certificate().value())
                .param("action", entry.action())
                .param("before", entry.before() == null ? null : entry.before().name())
                .param("after", entry.after() == null ? null : entry.after().name())
                .param("detail", truncate(entry.detail()))
                .update();
    }

    @Override
    public List<AuditEntry> forCertificate(CertificateId certificate) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE certificate_id = :certificate ORDER BY at, id")
                .param("certificate", certificate.value())
                .query((rs, n) -> new AuditEntry(rs.getObject("at", java.time.Instant.class), rs.getString("actor"),
                        rs.getString("actor_role"), rs.getObject("tenant_id") == null ? null : TenantId.of(rs.getLong("tenant_id")),
                        new CertificateId(rs.getLong("certificate_id")), rs.getString("action"),
                        status(rs.getString("before_status")), status(rs.getString("after_status")), rs.getString("detail")))
                .list();
    }

    private static CertificateStatus status(String name) {
        return name == null ? null : CertificateStatus.valueOf(name);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
