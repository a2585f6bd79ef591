--liquibase formatted sql

-- The pre-issuance lint result of each signed leaf (BR 4.3.1.2): one row per check that passed,
-- with its BR section and the notice it gave, if any. A leaf signed before this changeset has
-- no rows, and its details page says the result was not recorded.
--changeset certdesk:022-issued-certificate-lint
CREATE TABLE issued_certificate_lint (
    serial_hex       VARCHAR(40)   NOT NULL,
    position         INT           NOT NULL,
    check_name       VARCHAR(60)   NOT NULL,
    br_section       VARCHAR(40)   NOT NULL,
    notice           TEXT          NULL,
    PRIMARY KEY (serial_hex, position),
    CONSTRAINT fk_issued_certificate_lint_serial FOREIGN KEY (serial_hex) REFERENCES issued_certificate (serial_hex)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE issued_certificate_lint;

-- Which certificate followed which: a renewal made in the console, or an ACME order that named
-- the certificate it replaces (RFC 9773 5). Read both ways on the details page.
--changeset certdesk:022-certificate-succession
CREATE TABLE certificate_succession (
    successor_id     BIGINT        NOT NULL PRIMARY KEY,
    predecessor_id   BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_certificate_succession_successor FOREIGN KEY (successor_id) REFERENCES certificate (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES certificate (id) ON DELETE CASCADE,
    INDEX ix_certificate_succession_predecessor (predecessor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE certificate_succession;
