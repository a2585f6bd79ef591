--liquibase formatted sql

--changeset certdesk:016-acme-eab-credential
-- External account binding credentials (RFC 8555 7.3.4) a customer makes for an ACME client.
-- The HMAC key is sealed (AES-GCM) under its own derivation of the master secret.
CREATE TABLE acme_eab_credential (
    key_id              VARCHAR(40)   NOT NULL PRIMARY KEY,
    tenant_id           BIGINT        NOT NULL,
    sealed_hmac_key     BLOB          NOT NULL,
    contact_name        VARCHAR(64)   NOT NULL,
    contact_email       VARCHAR(254)  NOT NULL,
    contact_phone       VARCHAR(40)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    revoked_at          DATETIME(6)   NULL,
    account_id          BIGINT        NULL,
    CONSTRAINT fk_acme_eab_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_acme_eab_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:016-acme-account
-- ACME accounts: a JWK found by its RFC 7638 thumbprint, bound to a tenant through its EAB key.
CREATE TABLE acme_account (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    key_thumbprint  VARCHAR(64)   NOT NULL,
    jwk             TEXT          NOT NULL,
    contacts        TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    eab_key_id      VARCHAR(40)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_acme_account_key UNIQUE (key_thumbprint),
    CONSTRAINT uq_acme_account_eab UNIQUE (eab_key_id),
    CONSTRAINT fk_acme_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    INDEX ix_acme_account_tenant (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:016-acme-authorization
-- Authorizations (RFC 8555 7.1.4); a valid one is reused by later orders of the same tenant for
-- the same identifier while its evidence may be reused (BR 4.2.1). Challenges and evidence are
-- a small JSON document; the columns are what the queries filter on.
CREATE TABLE acme_authorization (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    account_id      BIGINT        NOT NULL,
    identifier      VARCHAR(255)  NOT NULL,
    token           VARCHAR(64)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    expires         DATETIME(6)   NOT NULL,
    failed_at       DATETIME(6)   NULL,
    document        LONGTEXT      NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_acme_authorization_account FOREIGN KEY (account_id) REFERENCES acme_account (id),
    INDEX ix_acme_authorization_reuse (tenant_id, identifier, status, expires),
    INDEX ix_acme_authorization_failed (account_id, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:016-acme-order
CREATE TABLE acme_order (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    identifiers       TEXT          NOT NULL,
    authorizations    TEXT          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    expires           DATETIME(6)   NOT NULL,
    profile           VARCHAR(40)   NOT NULL,
    replaces          VARCHAR(200)  NULL,
    certificate_id    BIGINT        NULL,
    error_type        VARCHAR(40)   NULL,
    error_detail      TEXT          NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_acme_order_account FOREIGN KEY (account_id) REFERENCES acme_account (id),
    CONSTRAINT fk_acme_order_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT uq_acme_order_certificate UNIQUE (certificate_id),
    INDEX ix_acme_order_account (account_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:016-acme-profile
-- Certificate profiles offered to ACME clients (the IETF ACME profiles draft), edited by the
-- admin. validity_seconds NULL: the policy's maximum of the day (BR 6.3.2).
CREATE TABLE acme_profile (
    name              VARCHAR(40)   NOT NULL PRIMARY KEY,
    description       VARCHAR(300)  NOT NULL,
    validity_seconds  BIGINT        NULL,
    enabled           BOOLEAN       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO acme_profile (name, description, validity_seconds, enabled) VALUES
    ('classic', 'The longest validity the Baseline Requirements allow today (BR 6.3.2).', NULL, TRUE),
    ('shortlived', 'About seven days: renew often, rely less on revocation.', 604800, TRUE);

--changeset certdesk:016-acme-settings
-- ACME rate limits per account and hour, edited by the admin (one row, id 1; none: the defaults).
CREATE TABLE acme_settings (
    id                            TINYINT  NOT NULL PRIMARY KEY,
    orders_per_hour               INT      NOT NULL,
    failed_validations_per_hour   INT      NOT NULL,
    CONSTRAINT ck_acme_settings_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:016-acme-renewal-override
-- RFC 9773: an admin moves a certificate's suggested renewal window earlier (e.g. before a mass
-- revocation); clients polling renewalInfo then renew by renew_by.
CREATE TABLE acme_renewal_override (
    certificate_id  BIGINT        NOT NULL PRIMARY KEY,
    renew_by        DATETIME(6)   NOT NULL,
    reason          VARCHAR(300)  NOT NULL,
    set_by          VARCHAR(100)  NOT NULL,
    set_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_acme_renewal_override_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:016-acme-tenant-order-limit
-- Orders per hour across all ACME accounts of one tenant.
ALTER TABLE acme_settings ADD COLUMN tenant_orders_per_hour INT NOT NULL DEFAULT 3000;
CREATE INDEX ix_acme_order_tenant ON acme_order (tenant_id, created_at);
