--liquibase formatted sql

-- Failed-attempt counts (sign-in, confirmation links) shared by every console node (issue 17, 14):
-- before, each node counted in its own memory, so N nodes allowed N times the guesses. One row per
-- key, written by Bucket4j's MySQL/MariaDB proxy manager: id, state (Bucket4j's binary bucket) and
-- expires_at (Bucket4j's: epoch milliseconds when the bucket is full again and the row may go; a
-- number because Bucket4j binds and compares it as one). wait_until is ours, written with each
-- state: when the key may try again (NULL: now); the admin's list of locks reads it.
--changeset certdesk:035-attempt-buckets
CREATE TABLE attempt_bucket (
    id          VARCHAR(400)  NOT NULL PRIMARY KEY,
    state       BLOB          NULL,
    expires_at  BIGINT        NULL,
    wait_until  DATETIME(6)   NULL,
    INDEX ix_attempt_bucket_expires_at (expires_at),
    INDEX ix_attempt_bucket_wait_until (wait_until)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE attempt_bucket;
