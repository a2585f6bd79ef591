--liquibase formatted sql

--changeset certdesk:013-simulation-settings
-- The simulated CA's settings, edited by the CA admin and read at each use (one row, id 1; no
-- row means the defaults: DV issued once its checks pass, speed 1x).
CREATE TABLE simulation_settings (
    id               TINYINT  NOT NULL PRIMARY KEY,
    auto_approve_dv  BOOLEAN  NOT NULL,
    speed_factor     INT      NOT NULL,
    CONSTRAINT ck_simulation_settings_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset certdesk:013-dv-review-request
-- DV applications whose checks passed while DV auto-approval was off: they join the reviewers'
-- queue for this round (found through this small table, not by scanning every Verifying DV row).
CREATE TABLE dv_review_request (
    certificate_id  BIGINT      NOT NULL,
    round_no        INT         NOT NULL,
    requested_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (certificate_id, round_no),
    CONSTRAINT fk_dv_review_request_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
