--liquibase formatted sql

-- Applications approved for issuance: written with the approval, closed when the certificate is
-- marked issued. An open row after a crash is an approval whose issuance the restart sweep
-- finishes (FinishApprovedIssuances); resumed_at says when a sweep did, for the Progress log.
--changeset certdesk:029-approved-issuance
CREATE TABLE approved_issuance (
    certificate_id BIGINT      NOT NULL,
    round_no       INT         NOT NULL,
    approved_at    DATETIME(6) NOT NULL,
    resumed_at     DATETIME(6) NULL,
    issued_at      DATETIME(6) NULL,
    PRIMARY KEY (certificate_id, round_no),
    CONSTRAINT fk_approved_issuance_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);
CREATE INDEX ix_approved_issuance_open ON approved_issuance (issued_at, approved_at);
--rollback DROP TABLE approved_issuance;
