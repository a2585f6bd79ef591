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
