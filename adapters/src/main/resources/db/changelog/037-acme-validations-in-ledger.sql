--liquibase formatted sql

-- Validations gathered by ACME challenges (http-01, dns-01, tls-alpn-01) in the evidence ledger
-- (issue 12), beside the console's: the ACME order whose authorization gathered the evidence, as
-- certificate_id names a console certificate. Written when the authorization becomes valid.
--changeset certdesk:037-acme-validations-in-ledger
ALTER TABLE domain_validation ADD COLUMN acme_order_id BIGINT NULL;
--rollback ALTER TABLE domain_validation DROP COLUMN acme_order_id;

--changeset certdesk:037-acme-validations-in-ledger-backfill
-- Authorizations ACME challenges made valid before this change, taken out of their documents (ISO-8601
-- instants, as in 027). Their order is the first one that lists them: the order they were created for.
-- Which perspectives corroborated them was never stored, so corroborated_by stays empty.
INSERT INTO domain_validation (tenant_id, name, method, validated_at, observed, reusable_until, acme_order_id)
SELECT a.tenant_id, a.identifier, JSON_VALUE(a.document, '$.evidence.method'),
       CAST(LEFT(REPLACE(REPLACE(JSON_VALUE(a.document, '$.evidence.validatedAt'), 'T', ' '), 'Z', ''), 26) AS DATETIME(6)),
       LEFT(JSON_VALUE(a.document, '$.evidence.observed'), 2000),
       CAST(LEFT(REPLACE(REPLACE(JSON_VALUE(a.document, '$.evidence.reusableUntil'), 'T', ' '), 'Z', ''), 26) AS DATETIME(6)),
       (SELECT MIN(o.id) FROM acme_order o
        WHERE o.account_id = a.account_id AND CONCAT('\n', o.authorizations, '\n') LIKE CONCAT('%\n', a.id, '\n%'))
FROM acme_authorization a
WHERE JSON_VALUE(a.document, '$.evidence.method') IN ('ACME_HTTP_01', 'ACME_DNS_01', 'ACME_TLS_ALPN_01')
ORDER BY a.id
ON DUPLICATE KEY UPDATE domain_validation.id = domain_validation.id;
--rollback DELETE FROM domain_validation WHERE acme_order_id IS NOT NULL;
