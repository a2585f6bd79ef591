--liquibase formatted sql

--changeset certdesk:003-ca-hierarchy-lock
-- One row that instances lock (SELECT ... FOR UPDATE) before creating the CA hierarchy, so two
-- instances starting at once create one root, not two.
CREATE TABLE ca_hierarchy_lock (
    id          INT          NOT NULL PRIMARY KEY,
    created_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO ca_hierarchy_lock (id, created_at) VALUES (1, UTC_TIMESTAMP(6));

--changeset certdesk:003-ca-key-pair
-- CA private keys, PKCS#8 sealed with AES-256-GCM under a key derived from the master secret.
CREATE TABLE ca_key_pair (
    id                     VARCHAR(40)  NOT NULL PRIMARY KEY,
    algorithm              VARCHAR(20)  NOT NULL,
    public_key_sha256      CHAR(64)     NOT NULL,
    encrypted_private_key  LONGBLOB     NOT NULL,
    created_at             DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:003-ca-certificate
CREATE TABLE ca_certificate (
    id               VARCHAR(40)   NOT NULL PRIMARY KEY,
    role             VARCHAR(20)   NOT NULL,
    key_family       VARCHAR(10)   NOT NULL,
    key_pair_id      VARCHAR(40)   NOT NULL,
    issuer_id        VARCHAR(40)   NULL,
    subject          VARCHAR(300)  NOT NULL,
    serial_hex       VARCHAR(40)   NOT NULL,
    certificate_pem  LONGTEXT      NOT NULL,
    not_before       DATETIME(6)   NOT NULL,
    not_after        DATETIME(6)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uq_ca_certificate_serial UNIQUE (serial_hex),
    CONSTRAINT fk_ca_certificate_key_pair FOREIGN KEY (key_pair_id) REFERENCES ca_key_pair (id),
    CONSTRAINT fk_ca_certificate_issuer FOREIGN KEY (issuer_id) REFERENCES ca_certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:003-issued-certificate
-- One row per signed leaf. The unique (certificate_id, csr_sha256) makes a retried issuance
-- find the first result instead of signing twice; the unique serial backs BR 7.1 uniqueness.
CREATE TABLE issued_certificate (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    serial_hex       VARCHAR(40)   NOT NULL,
    certificate_id   BIGINT        NOT NULL,
    csr_sha256       CHAR(64)      NOT NULL,
    issuer_id        VARCHAR(40)   NOT NULL,
    leaf_pem         LONGTEXT      NOT NULL,
    chain_pem        LONGTEXT      NOT NULL,
    not_before       DATETIME(6)   NOT NULL,
    not_after        DATETIME(6)   NOT NULL,
    issued_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_issued_certificate_serial UNIQUE (serial_hex),
    CONSTRAINT uq_issued_certificate_request UNIQUE (certificate_id, csr_sha256),
    CONSTRAINT fk_issued_certificate_issuer FOREIGN KEY (issuer_id) REFERENCES ca_certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
