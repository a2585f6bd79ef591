--liquibase formatted sql

-- Which earlier validation a renewal or an ACME order reused instead of validating again
-- (BR 4.2.1), so the ledger can say "Reused by …" and a certificate where its validation came from.
--changeset certdesk:028-evidence-reuse
CREATE TABLE evidence_reuse (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    validation_id    BIGINT       NOT NULL,
    tenant_id        BIGINT       NOT NULL,
    certificate_id   BIGINT       NULL,
    acme_order_id    BIGINT       NULL,
    reused_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_evidence_reuse_validation FOREIGN KEY (validation_id) REFERENCES domain_validation (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_reuse_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_reuse_validation ON evidence_reuse (validation_id, reused_at);
CREATE INDEX ix_evidence_reuse_certificate ON evidence_reuse (certificate_id);
--rollback DROP TABLE evidence_reuse;
