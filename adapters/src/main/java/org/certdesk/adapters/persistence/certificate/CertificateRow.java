package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("certificate")
record CertificateRow(
        @Id Long id,
        Long tenantId,
        String brand,
        String validationType,
        String coverage,
        int nameSlots,
        boolean combined,
        String status,
        String primaryName,
        Instant purchasedAt,
        Instant submittedAt,
        Instant notAfter,
        Instant notBefore,
        @Column("round_no") int round,
        String document,
        @Version Long version) {
}
