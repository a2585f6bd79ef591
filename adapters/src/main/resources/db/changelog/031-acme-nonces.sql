--liquibase formatted sql

-- ACME nonces any console node can issue and any other accept once (issue 17): the key they
-- are signed with, made by the first node that needs it, and the nonces already used, kept
-- until they expire.
--changeset certdesk:031-acme-nonces
CREATE TABLE acme_nonce_key (
    id          TINYINT       NOT NULL,
    signing_key VARBINARY(32) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE acme_used_nonce (
    nonce      VARCHAR(64)  NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (nonce),
    KEY acme_used_nonce_expiry (expires_at)
);
--rollback DROP TABLE acme_used_nonce; DROP TABLE acme_nonce_key;
