--liquibase formatted sql

--changeset certdesk:006-review-assignment
-- Who claimed an OV/EV application round in the review queue; the primary key makes the first claim win.
CREATE TABLE review_assignment (
    certificate_id   BIGINT       NOT NULL,
    round_no         INT          NOT NULL,
    reviewer_id      BIGINT       NOT NULL,
    reviewer_name    VARCHAR(63)  NOT NULL,
    assigned_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (certificate_id, round_no),
    CONSTRAINT fk_review_assignment_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_review_assignment_reviewer ON review_assignment (reviewer_id, certificate_id);

--changeset certdesk:006-email-confirmation
-- One-time links of verification emails, by the SHA-256 of the token (never the token itself).
CREATE TABLE email_confirmation (
    token_hash       CHAR(64)     NOT NULL PRIMARY KEY,
    certificate_id   BIGINT       NOT NULL,
    round_no         INT          NOT NULL,
    email            VARCHAR(254) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    used_at          DATETIME(6)  NULL,
    superseded_at    DATETIME(6)  NULL,
    CONSTRAINT fk_email_confirmation_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ix_email_confirmation_certificate ON email_confirmation (certificate_id, used_at);
