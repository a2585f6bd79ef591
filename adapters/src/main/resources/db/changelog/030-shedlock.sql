--liquibase formatted sql

-- ShedLock's lock rows: a scheduled job runs on one console node per interval, whichever node
-- takes the row first (issue 17). Times are the database's own (usingDbTime), so nodes whose
-- clocks differ still agree on when a lock ends.
--changeset certdesk:030-shedlock
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
--rollback DROP TABLE shedlock;
