--liquibase formatted sql

-- The evidence ledger (issue 12): one row per domain validation a tenant's certificates gathered
-- (BR 3.2.2.4), copied from the certificate document on every save so the "Domain validations"
-- page reads a tenant's thousands of validations by index instead of opening every document.
-- A validation is identified by (tenant, name, method, validated_at): a renewal that reuses
-- evidence carries the same values, so it does not add a row; the first certificate keeps it.
--changeset certdesk:027-domain-validations
CREATE TABLE domain_validation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT        NOT NULL,
    name             VARCHAR(253)  NOT NULL,
    method           VARCHAR(32)   NOT NULL,
    validated_at     DATETIME(6)   NOT NULL,
    observed         VARCHAR(2000) NULL,
    reusable_until   DATETIME(6)   NOT NULL,
    certificate_id   BIGINT        NULL,
    CONSTRAINT uq_domain_validation UNIQUE (tenant_id, name, method, validated_at),
    CONSTRAINT fk_domain_validation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_domain_validation_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
-- The page: a tenant's validations per name, newest first, paged on this index alone.
CREATE INDEX ix_domain_validation_page ON domain_validation (tenant_id, name, validated_at DESC, id);
--rollback DROP TABLE domain_validation;
