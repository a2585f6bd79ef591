package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.certdesk.application.port.AcmeEvidenceLedger;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.ValidationLedger;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.PerspectiveResult;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence ledger in MariaDB: {@code domain_validation} holds a copy of every validation
 * evidence of the tenant's certificates (written with the certificate, see {@link #copyEvidence})
 * and of their ACME authorizations (written when one becomes valid, see {@link #recordGathered}),
 * {@code evidence_reuse} who reused which. A page is one index range of one tenant plus one query
 * for the reuses of the rows on it.
 */
@Component
class JdbcValidationLedger implements ValidationLedger, EvidenceReuses, AcmeEvidenceLedger {

    /** The column's width; what a DNS TXT lookup or a file fetch saw is cut, never refused. */
    static final int OBSERVED_MAX = 2000;
    private static final int CORROBORATED_BY_MAX = 500;

    private final JdbcClient jdbc;

    JdbcValidationLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies the certificate's evidence (all rounds) into the ledger. Evidence a renewal took over
     * has the same (tenant, name, method, validated_at) as its original row, so the row stays the
     * original certificate's.
     */
    static void copyEvidence(JdbcClient jdbc, Certificate.Snapshot certificate, long certificateId) {
        Map<ValidationEvidence, String> corroboratedBy = new LinkedHashMap<>();
        Stream.concat(certificate.history().stream().flatMap(round -> round.verifications().stream()),
                        certificate.verifications().stream())
                .forEach(verification -> verification.evidence()
                        .ifPresent(evidence -> corroboratedBy.putIfAbsent(evidence, corroboratingPerspectives(verification, evidence))));
        corroboratedBy.forEach((evidence, perspectives) -> jdbc.sql("""
                                INSERT INTO domain_validation (tenant_id, name, method, validated_at, observed, reusable_until,
                                                               certificate_id, corroborated_by)
                                VALUES (:tenant, :name, :method, :validatedAt, :observed, :reusableUntil, :certificate, :corroboratedBy)
                                ON DUPLICATE KEY UPDATE id = id""")
                        .param("tenant", certificate.tenant().value()).param("name", evidence.identifier().value())
                        .param("method", evidence.method().name()).param("validatedAt", micros(evidence.validatedAt()))
                        .param("observed", cut(evidence.observed())).param("reusableUntil", micros(evidence.reusableUntil()))
                        .param("certificate", certificateId).param("corroboratedBy", perspectives).update());
    }

    /**
     * The names of the remote perspectives that saw what the primary saw on the attempt that made
     * this evidence (BR 3.2.2.9), or null: evidence from before corroboration, or taken over.
     */
    private static String corroboratingPerspectives(DomainVerification verification, ValidationEvidence evidence) {
        String names = verification.attempts().stream()
                .filter(attempt -> attempt.passed() && attempt.at().equals(evidence.validatedAt()))
                .reduce((first, second) -> second).stream()
                .flatMap(attempt -> attempt.perspectives().stream())
                .filter(PerspectiveResult::corroborates).map(PerspectiveResult::perspective)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : cut(names, CORROBORATED_BY_MAX);
    }

    /** ACME methods never collide with the console's on the unique key; a repeated write keeps the first row. */
    @Override
    public void recordGathered(TenantId tenant, ValidationEvidence evidence, Long acmeOrderId, List<String> corroboratedBy) {
        jdbc.sql("""
                        INSERT INTO domain_validation (tenant_id, name, method, validated_at, observed, reusable_until,
                                                       acme_order_id, corroborated_by)
                        VALUES (:tenant, :name, :method, :validatedAt, :observed, :reusableUntil, :order, :corroboratedBy)
                        ON DUPLICATE KEY UPDATE id = id""")
                .param("tenant", tenant.value()).param("name", evidence.identifier().value())
                .param("method", evidence.method().name()).param("validatedAt", micros(evidence.validatedAt()))
                .param("observed", cut(evidence.observed())).param("reusableUntil", micros(evidence.reusableUntil()))
                .param("order", acmeOrderId)
                .param("corroboratedBy", corroboratedBy.isEmpty() ? null : cut(String.join(", ", corroboratedBy), CORROBORATED_BY_MAX))
                .update();
    }

    @Override
    public void record(TenantId tenant, ValidationEvidence evidence, ReusedBy by, Instant at) {
        jdbc.sql("""
                        INSERT INTO evidence_reuse (validation_id, tenant_id, certificate_id, acme_order_id, reused_at)
                        SELECT id, tenant_id, :certificate, :order, :at FROM domain_validation
                        WHERE tenant_id = :tenant AND name = :name AND method = :method AND validated_at = :validatedAt""")
                .param("certificate", by.certificate() == null ? null : by.certificate().value())
                .param("order", by.acmeOrderId()).param("at", micros(at))
                .param("tenant", tenant.value()).param("name", evidence.identifier().value())
                .param("method", evidence.method().name()).param("validatedAt", micros(evidence.validatedAt()))
                .update();
    }

    @Override
    public List<Row> page(TenantId tenant, String namePrefix, PageRequest page) {
        // Both forms are ranges of the (tenant_id, name, validated_at DESC, id) index.
        List<Row> rows = jdbc.sql("""
                        SELECT id, name, method, validated_at, observed, reusable_until, certificate_id, acme_order_id, corroborated_by
                        FROM domain_validation WHERE tenant_id = :tenant AND name LIKE :prefix
                        ORDER BY name, validated_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("tenant", tenant.value()).param("prefix", likePrefix(namePrefix))
                .param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), VerificationMethod.valueOf(rs.getString("method")),
                        rs.getObject("validated_at", Instant.class), rs.getString("observed"),
                        rs.getObject("reusable_until", Instant.class),
                        Optional.ofNullable(rs.getObject("certificate_id", Long.class)).map(CertificateId::new).orElse(null),
                        rs.getObject("acme_order_id", Long.class), List.of(), rs.getString("corroborated_by")))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Reuse>> reuses = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT validation_id, certificate_id, acme_order_id, reused_at FROM evidence_reuse
                        WHERE tenant_id = :tenant AND validation_id IN (:ids) ORDER BY reused_at, id""")
                .param("tenant", tenant.value()).param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> reuses.computeIfAbsent(rs.getLong("validation_id"), id -> new ArrayList<>())
                        .add(new Reuse(Optional.ofNullable(rs.getObject("certificate_id", Long.class)).map(CertificateId::new).orElse(null),
                                rs.getObject("acme_order_id", Long.class), rs.getObject("reused_at", Instant.class))))
                .list();
        return rows.stream().map(row -> new Row(row.id(), row.name(), row.method(), row.validatedAt(), row.observed(),
                row.reusableUntil(), row.gatheredFor(), row.gatheredByAcmeOrder(), List.copyOf(reuses.getOrDefault(row.id(), List.of())), row.corroboratedBy()))
                .toList();
    }

    @Override
    public Optional<Instant> reusedFrom(TenantId tenant, CertificateId certificate, String identifierValue) {
        return jdbc.sql("""
                        SELECT v.validated_at FROM evidence_reuse r JOIN domain_validation v ON v.id = r.validation_id
                        WHERE r.tenant_id = :tenant AND r.certificate_id = :certificate AND v.name = :name
                        ORDER BY v.validated_at DESC LIMIT 1""")
                .param("tenant", tenant.value()).param("certificate", certificate.value()).param("name", identifierValue)
                .query(Instant.class).optional();
    }

    private static String likePrefix(String prefix) {
        return prefix == null ? "%" : prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String cut(String observed) {
        return cut(observed, OBSERVED_MAX);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
