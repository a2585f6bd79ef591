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

--changeset certdesk:027-domain-validations-backfill
-- The validations certificates gathered before the ledger existed, taken out of their documents
-- (instants are ISO-8601 strings there; the first 26 characters are DATETIME(6)'s). Each
-- certificate's earlier rounds and its current one; the oldest certificate keeps a shared row.
INSERT INTO domain_validation (tenant_id, name, method, validated_at, observed, reusable_until, certificate_id)
SELECT e.tenant_id, e.name, e.method,
       CAST(LEFT(REPLACE(REPLACE(e.validated_at, 'T', ' '), 'Z', ''), 26) AS DATETIME(6)),
       LEFT(e.observed, 2000),
       CAST(LEFT(REPLACE(REPLACE(e.reusable_until, 'T', ' '), 'Z', ''), 26) AS DATETIME(6)),
       e.certificate_id
FROM (
    SELECT c.id AS certificate_id, c.tenant_id, j.name, j.method, j.validated_at, j.observed, j.reusable_until
    FROM certificate c, JSON_TABLE(c.document, '$.history[*].verifications[*]' COLUMNS (
        name           VARCHAR(253)  PATH '$.identifier',
        method         VARCHAR(32)   PATH '$.evidence.method',
        validated_at   VARCHAR(40)   PATH '$.evidence.validatedAt',
        observed       VARCHAR(4000) PATH '$.evidence.observed',
        reusable_until VARCHAR(40)   PATH '$.evidence.reusableUntil')) j
    UNION ALL
    SELECT c.id, c.tenant_id, j.name, j.method, j.validated_at, j.observed, j.reusable_until
    FROM certificate c, JSON_TABLE(c.document, '$.verifications[*]' COLUMNS (
        name           VARCHAR(253)  PATH '$.identifier',
        method         VARCHAR(32)   PATH '$.evidence.method',
        validated_at   VARCHAR(40)   PATH '$.evidence.validatedAt',
        observed       VARCHAR(4000) PATH '$.evidence.observed',
        reusable_until VARCHAR(40)   PATH '$.evidence.reusableUntil')) j
) e
WHERE e.method IS NOT NULL
ORDER BY e.certificate_id
ON DUPLICATE KEY UPDATE domain_validation.id = domain_validation.id;
--rollback DELETE FROM domain_validation;
