--liquibase formatted sql

--changeset certdesk:005-issued-certificate-revocation
-- The CA's own record of a revocation (BR 4.9): when and why, for the issuing CA's CRL entries.
-- The reason is the RevocationReason name; NULL columns mean "not revoked".
ALTER TABLE issued_certificate ADD COLUMN revoked_at DATETIME(6) NULL, ADD COLUMN revocation_reason VARCHAR(40) NULL;
-- A CRL lists one issuer's revoked certificates until after they expire (BR 4.10.1).
CREATE INDEX ix_issued_certificate_issuer_revoked ON issued_certificate (issuer_id, revoked_at, not_after);

--changeset certdesk:005-ca-crl
-- The current CRL of each CA (BR 7.2): its DER as served at the CRL distribution point, and the
-- last CRL number, which only ever grows (BR 7.2.2 "a strictly increasing sequence"). The row is
-- locked (SELECT ... FOR UPDATE) while the next CRL is signed, so two publishers never reuse a number.
CREATE TABLE ca_crl (
    issuer_id    VARCHAR(40)   NOT NULL PRIMARY KEY,
    crl_number   BIGINT        NOT NULL,
    this_update  DATETIME(6)   NOT NULL,
    next_update  DATETIME(6)   NOT NULL,
    crl_der      LONGBLOB      NOT NULL,
    CONSTRAINT fk_ca_crl_issuer FOREIGN KEY (issuer_id) REFERENCES ca_certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
