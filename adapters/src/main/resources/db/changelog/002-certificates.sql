--liquibase formatted sql

--changeset certdesk:002-certificate
-- One row per purchased certificate: the columns the list filters, sorts and sweeps on, and the
-- aggregate's full state as a JSON document (application, verification rounds, history).
CREATE TABLE certificate (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL,
    brand            VARCHAR(64)  NOT NULL,
    validation_type  VARCHAR(8)   NOT NULL,
    coverage         VARCHAR(16)  NOT NULL,
    name_slots       INT          NOT NULL,
    combined         BOOLEAN      NOT NULL DEFAULT FALSE,
    status           VARCHAR(24)  NOT NULL,
    primary_name     VARCHAR(253) NULL,
    purchased_at     DATETIME(6)  NOT NULL,
    submitted_at     DATETIME(6)  NULL,
    not_after        DATETIME(6)  NULL,
    round_no         INT          NOT NULL DEFAULT 0,
    document         LONGTEXT     NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_certificate_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The grid: a tenant's certificates newest first, optionally by status or type (InnoDB appends the id).
CREATE INDEX ix_certificate_tenant_status ON certificate (tenant_id, status, id);
CREATE INDEX ix_certificate_tenant_type ON certificate (tenant_id, validation_type, id);
-- The sweeps: overdue OV/EV applications, expired certificates.
CREATE INDEX ix_certificate_status_submitted ON certificate (status, submitted_at);
CREATE INDEX ix_certificate_status_not_after ON certificate (status, not_after);

--changeset certdesk:002-certificate-name
-- Bound names, for the search by domain (prefix of the ASCII form).
CREATE TABLE certificate_name (
    certificate_id   BIGINT       NOT NULL,
    tenant_id        BIGINT       NOT NULL,
    name             VARCHAR(253) NOT NULL,
    PRIMARY KEY (certificate_id, name),
    CONSTRAINT fk_certificate_name_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_certificate_name_search ON certificate_name (tenant_id, name, certificate_id);

--changeset certdesk:002-review-entry
CREATE TABLE review_entry (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id   BIGINT       NOT NULL,
    round_no         INT          NOT NULL,
    kind             VARCHAR(32)  NOT NULL,
    reviewer_id      BIGINT       NOT NULL,
    at               DATETIME(6)  NOT NULL,
    email            VARCHAR(254) NULL,
    phone            VARCHAR(32)  NULL,
    outcome          VARCHAR(24)  NULL,
    note             VARCHAR(1000) NULL,
    CONSTRAINT fk_review_entry_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_review_entry_round ON review_entry (certificate_id, round_no, id);

--changeset certdesk:002-audit-entry
CREATE TABLE audit_entry (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at               DATETIME(6)  NOT NULL,
    actor            VARCHAR(63)  NOT NULL,
    actor_role       VARCHAR(20)  NOT NULL,
    tenant_id        BIGINT       NULL,
    certificate_id   BIGINT       NULL,
    action           VARCHAR(64)  NOT NULL,
    before_status    VARCHAR(24)  NULL,
    after_status     VARCHAR(24)  NULL,
    detail           VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_certificate ON audit_entry (certificate_id, at);
CREATE INDEX ix_audit_tenant ON audit_entry (tenant_id, at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, at);
CREATE INDEX ix_audit_at ON audit_entry (at);

--changeset certdesk:002-subscriber-key
-- System-generated CSRs and their private keys, encrypted by the key generator (never plain).
CREATE TABLE subscriber_key (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id         BIGINT      NOT NULL,
    round_no               INT         NOT NULL,
    csr_pem                LONGTEXT    NOT NULL,
    encrypted_private_key  LONGBLOB    NOT NULL,
    created_at             DATETIME(6) NOT NULL,
    CONSTRAINT uq_subscriber_key_round UNIQUE (certificate_id, round_no),
    CONSTRAINT fk_subscriber_key_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
