--liquibase formatted sql

-- The demo zone's records (embedded default), shared by every console node and kept across
-- restarts (issue 17): before, each node answered from its own memory. One row per record; the
-- value (a TXT text of up to 4,000 characters) is unique per name and type through its hash.
--changeset certdesk:034-demo-zone-records
CREATE TABLE demo_zone_record (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(253)  NOT NULL,
    type        VARCHAR(8)    NOT NULL,
    value_hash  CHAR(64)      NOT NULL,
    value       VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_demo_zone_record UNIQUE (name, type, value_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE demo_zone_record;
