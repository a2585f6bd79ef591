--liquibase formatted sql

--changeset certdesk:014-uploaded-certificates
-- Certificates a customer obtained elsewhere and uploaded to monitor and download. The
-- certificate and its chain are public and kept as PEM; the private key only ever sealed with
-- the master secret (AES-GCM, its own purpose label). The facts shown in the list are columns.
CREATE TABLE uploaded_certificate (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id              BIGINT        NOT NULL,
    label                  VARCHAR(100)  NOT NULL,
    common_name            VARCHAR(1000) NULL,
    subject_alt_names      LONGTEXT      NOT NULL,
    issuer                 VARCHAR(2000) NOT NULL,
    issuer_name            VARCHAR(1000) NOT NULL,
    serial_hex             VARCHAR(128)  NOT NULL,
    not_before             DATETIME(6)   NOT NULL,
    not_after              DATETIME(6)   NOT NULL,
    sha256_fingerprint     CHAR(64)      NOT NULL,
    certificate_pem        LONGTEXT      NOT NULL,
    chain_pem              LONGTEXT      NOT NULL,
    encrypted_private_key  LONGBLOB      NOT NULL,
    uploaded_at            DATETIME(6)   NOT NULL,
    uploaded_by            VARCHAR(63)   NOT NULL,
    CONSTRAINT uq_uploaded_certificate_fingerprint UNIQUE (tenant_id, sha256_fingerprint),
    CONSTRAINT fk_uploaded_certificate_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_uploaded_certificate_expiry ON uploaded_certificate (tenant_id, not_after);
