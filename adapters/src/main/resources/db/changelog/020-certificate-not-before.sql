--liquibase formatted sql

-- The column always held the certificate's notBefore (the list's "valid from" and the
-- dashboard's issued-per-month), not a time of its own: name it for what it holds.
--changeset certdesk:020-certificate-not-before
ALTER TABLE certificate RENAME COLUMN issued_at TO not_before;
ALTER TABLE certificate RENAME INDEX ix_certificate_tenant_issued TO ix_certificate_tenant_not_before;
--rollback ALTER TABLE certificate RENAME INDEX ix_certificate_tenant_not_before TO ix_certificate_tenant_issued;
--rollback ALTER TABLE certificate RENAME COLUMN not_before TO issued_at;
