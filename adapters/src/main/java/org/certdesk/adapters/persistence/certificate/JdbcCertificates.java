package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates in MariaDB: indexed columns for the list and the sweeps, the full state as a JSON
 * document, bound names in their own table for the domain search, validation evidence copied
 * into the evidence ledger ({@link JdbcValidationLedger}). Optimistic locking on
 * {@code version}: a stale save is refused as a {@link ConcurrentChangeException}.
 */
@Component
class JdbcCertificates implements Certificates {

    private final CertificateRowRepository rows;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcCertificates(CertificateRowRepository rows, JdbcClient jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public Certificate save(Certificate certificate) {
        Certificate.Snapshot s = certificate.snapshot();
        String document = json.writeValueAsString(CertificateDocumentMapper.toDocument(s));
        Set<String> names = new LinkedHashSet<>();
        if (s.application() != null) {
            s.application().identifiers().asList().forEach(i -> names.add(i.value()));
        }
        CertificateRow row = new CertificateRow(
                s.id() == null ? null : s.id().value(), s.tenant().value(), s.product().brand(), s.product().type().name(),
                s.product().coverage().name(), s.product().nameSlots(), s.product().combined(), s.status().name(),
                s.application() == null ? null : s.application().identifiers().first().value(),
                micros(s.purchasedAt()), micros(s.submittedAt()), s.issued() == null ? null : micros(s.issued().notAfter()),
                s.issued() == null ? null : micros(s.issued().notBefore()),
                s.round(), document, s.id() == null ? null : s.version());
        try {
            CertificateRow saved = rows.save(row);
            keepNamesSearchable(saved.id(), s.tenant().value(), names, s.id() == null);
            JdbcValidationLedger.copyEvidence(jdbc, s, saved.id());
            return toDomain(saved);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
    }

    /**
     * The search index of the certificate's names ({@code certificate_name}), changed only where the
     * names changed, row by row. Not a delete-all-then-insert: a DELETE that matches no row (a newly
     * bought certificate has no names) takes a gap lock on the index's end under REPEATABLE READ, and
     * concurrent submits of different certificates then deadlocked on their inserts into that gap
     * (seen with innodb_print_all_deadlocks under the load benchmark). Concurrent saves of one
     * certificate are already serialized by its row's version, so reading the stored names without a
     * lock is safe.
     */
    private void keepNamesSearchable(long certificateId, long tenantId, Set<String> names, boolean isNew) {
        Set<String> stored = isNew ? Set.of() : new LinkedHashSet<>(jdbc.sql("SELECT name FROM certificate_name WHERE certificate_id = :id")
                .param("id", certificateId).query(String.class).list());
        for (String gone : stored) {
            if (!names.contains(gone)) {
                jdbc.sql("DELETE FROM certificate_name WHERE certificate_id = :id AND name = :name")
                        .param("id", certificateId).param("name", gone).update();
            }
        }
        for (String added : names) {
            if (!stored.contains(added)) {
                jdbc.sql("INSERT INTO certificate_name (certificate_id, tenant_id, name) VALUES (:id, :tenant, :name)")
                        .param("id", certificateId).param("tenant", tenantId).param("name", added).update();
            }
        }
    }

    @Override
    public Optional<Certificate> findById(TenantId tenant, CertificateId id) {
        return rows.findByIdAndTenantId(id.value(), tenant.value()).map(this::toDomain);
    }

    /** One read by primary key for all of them (the list's window), then only the tenant's kept. */
    @Override
    public List<Certificate> findAllById(TenantId tenant, List<CertificateId> ids) {
        return loadInOrder(ids.stream().map(CertificateId::value).toList()).stream()
                .filter(certificate -> certificate.tenant().equals(tenant)).toList();
    }

    @Override
    public void deleteUnused(Certificate certificate) {
        int deleted = jdbc.sql("DELETE FROM certificate WHERE id = :id AND version = :version AND round_no = 0")
                .param("id", certificate.id().value()).param("version", certificate.version()).update();
        if (deleted != 1) {
            throw new ConcurrentChangeException();
        }
    }

    @Override
    public List<Certificate> findWithName(TenantId tenant, String identifierValue, int limit) {
        return loadInOrder(jdbc.sql("""
                        SELECT certificate_id FROM certificate_name WHERE tenant_id = :t AND name = :n
                        ORDER BY certificate_id DESC LIMIT :limit""")
                .param("t", tenant.value()).param("n", identifierValue).param("limit", limit).query(Long.class).list());
    }

    @Override
    public Optional<Certificate> findAnyById(CertificateId id) {
        return rows.findById(id.value()).map(this::toDomain);
    }

    private List<Certificate> loadInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CertificateRow> byId = StreamSupport.stream(rows.findAllById(ids).spliterator(), false)
                .collect(Collectors.toMap(CertificateRow::id, Function.identity()));
        List<Certificate> result = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(this::toDomain).forEach(result::add);
        return result;
    }

    @Override
    public Map<CertificateStatus, Long> countByStatus(TenantId tenant) {
        Map<CertificateStatus, Long> counts = new EnumMap<>(CertificateStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM certificate WHERE tenant_id = :tenant GROUP BY status")
                .param("tenant", tenant.value())
                .query((rs, n) -> counts.put(CertificateStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    @Override
    public List<Certificate> issuedExpiringBetween(TenantId tenant, Instant from, Instant to, int limit) {
        List<Long> ids = jdbc.sql("""
                SELECT id FROM certificate WHERE tenant_id = :tenant AND status = 'ISSUED'
                AND not_after >= :from AND not_after < :to ORDER BY not_after LIMIT :limit""")
                .param("tenant", tenant.value()).param("from", micros(from)).param("to", micros(to)).param("limit", limit)
                .query(Long.class).list();
        return loadInOrder(ids);
    }

    @Override
    public Map<YearMonth, Long> issuedPerMonth(TenantId tenant, Instant since) {
        Map<YearMonth, Long> perMonth = new TreeMap<>();
        jdbc.sql("""
                SELECT YEAR(not_before) AS y, MONTH(not_before) AS m, COUNT(*) AS n FROM certificate
                WHERE tenant_id = :tenant AND not_before >= :since GROUP BY YEAR(not_before), MONTH(not_before)""")
                .param("tenant", tenant.value()).param("since", micros(since))
                .query((rs, n) -> perMonth.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n")))
                .list();
        return perMonth;
    }

    @Override
    public List<CertificateId> verifying(int limit) {
        return jdbc.sql("SELECT id FROM certificate WHERE status = 'VERIFYING' ORDER BY submitted_at LIMIT :limit")
                .param("limit", limit).query(Long.class).list().stream().map(CertificateId::new).toList();
    }

    @Override
    public List<Certificate> findVerifyingSubmittedBefore(Instant cutoff, int limit) {
        return rows.findOverdueCandidates(cutoff, limit).stream().map(this::toDomain).toList();
    }

    @Override
    public List<Certificate> findIssuedExpiredBefore(Instant instant, int limit) {
        return rows.findExpiredCandidates(instant, limit).stream().map(this::toDomain).toList();
    }

    private Certificate toDomain(CertificateRow row) {
        CertificateDocument d = json.readValue(row.document(), CertificateDocument.class);
        if (d.layout() > CertificateDocument.CURRENT_FORMAT) {
            // Written by a newer CertDesk (a rollback after an upgrade): refuse rather than drop fields on the next save.
            throw new IllegalStateException("Certificate " + row.id() + " is stored in document format " + d.layout()
                    + "; this CertDesk reads formats up to " + CertificateDocument.CURRENT_FORMAT + ". Run the newer version.");
        }
        Product product = new Product(row.brand(), ValidationType.valueOf(row.validationType()), Coverage.valueOf(row.coverage()),
                row.nameSlots(), row.combined());
        return Certificate.restore(new Certificate.Snapshot(new CertificateId(row.id()), TenantId.of(row.tenantId()), product,
                row.purchasedAt(), CertificateStatus.valueOf(row.status()), CertificateDocumentMapper.application(d.application()),
                row.round(), d.submittedAt(), CertificateDocumentMapper.verifications(d.verifications()),
                CertificateDocumentMapper.history(d.history()), d.failureCause(), CertificateDocumentMapper.issued(d.issued()),
                CertificateDocumentMapper.revocation(d.revocation()), row.version()));
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
