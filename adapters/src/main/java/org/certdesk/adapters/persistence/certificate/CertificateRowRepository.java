package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface CertificateRowRepository extends CrudRepository<CertificateRow, Long> {

    Optional<CertificateRow> findByIdAndTenantId(Long id, Long tenantId);

    @Query("""
            SELECT * FROM certificate
            WHERE status = 'VERIFYING' AND validation_type IN ('OV', 'EV') AND submitted_at < :cutoff
            ORDER BY submitted_at LIMIT :limit""")
    List<CertificateRow> findOverdueCandidates(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

    @Query("""
            SELECT * FROM certificate
            WHERE status = 'ISSUED' AND not_after < :instant
            ORDER BY not_after LIMIT :limit""")
    List<CertificateRow> findExpiredCandidates(@Param("instant") Instant instant, @Param("limit") int limit);
}
