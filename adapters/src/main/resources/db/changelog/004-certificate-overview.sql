--liquibase formatted sql

--changeset certdesk:004-certificate-issued-at
-- When the certificate was issued, for the Overview's "issued per month".
ALTER TABLE certificate ADD COLUMN issued_at DATETIME(6) NULL;
CREATE INDEX ix_certificate_tenant_issued ON certificate (tenant_id, issued_at);
-- The Overview's "expiring soon": a tenant's issued certificates by notAfter.
CREATE INDEX ix_certificate_tenant_status_not_after ON certificate (tenant_id, status, not_after);
