--liquibase formatted sql

-- One row per run of a scheduled job, whichever console node ran it (issue 17): what proves that
-- a job ran once per interval across the cluster, and what an operator reads to see when each job
-- last ran and where. Database time, like the ShedLock rows. Rows older than 30 days are pruned.
--changeset certdesk:032-job-runs
CREATE TABLE job_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    job         VARCHAR(64)  NOT NULL,
    node        VARCHAR(255) NOT NULL,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_job_run_job_started (job, started_at)
);
--rollback DROP TABLE job_run;
