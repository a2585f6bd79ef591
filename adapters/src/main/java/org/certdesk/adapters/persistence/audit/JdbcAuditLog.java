package org.certdesk.adapters.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
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
                .query(JdbcAuditLog::entry)
                .list();
    }

    /** An empty criterion folds away; the others use the indexes on certificate, actor and time. */
    @Override
    public List<AuditEntry> search(AuditQuery query) {
        return jdbc.sql("""
                SELECT * FROM audit_entry
                WHERE (:certificate IS NULL OR certificate_id = :certificate)
                  AND (:actor IS NULL OR actor = :actor)
                  AND (:fromAt IS NULL OR at >= :fromAt)
                  AND (:untilAt IS NULL OR at < :untilAt)
                ORDER BY at DESC, id DESC
                LIMIT :limit""")
                .param("certificate", query.certificate() == null ? null : query.certificate().value())
                .param("actor", query.actor() == null ? null : query.actor().toLowerCase(Locale.ROOT))
                .param("fromAt", query.from() == null ? null : startOf(query.from()))
                .param("untilAt", query.to() == null ? null : startOf(query.to().plusDays(1)))
                .param("limit", query.limit())
                .query(JdbcAuditLog::entry)
                .list();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getObject("at", Instant.class), rs.getString("actor"),
                rs.getString("actor_role"), rs.getObject("tenant_id") == null ? null : TenantId.of(rs.getLong("tenant_id")),
                rs.getObject("certificate_id") == null ? null : new CertificateId(rs.getLong("certificate_id")), rs.getString("action"),
                status(rs.getString("before_status")), status(rs.getString("after_status")), rs.getString("detail"));
    }

    private static CertificateStatus status(String name) {
        return name == null ? null : CertificateStatus.valueOf(name);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
