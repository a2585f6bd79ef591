package org.certdesk.adapters.cluster;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code job_run} rows: one per run of a scheduled job, with the node that ran it, in the
 * database's time (the start is the database's now less the run's duration, so nodes' clocks do
 * not matter). A failure to write is logged, never thrown: the job itself has run.
 */
final class JobRunLog {

    private static final Logger log = LoggerFactory.getLogger(JobRunLog.class);
    private static final int KEPT_DAYS = 30;

    private final JdbcTemplate jdbc;
    private final String node;

    JobRunLog(JdbcTemplate jdbc, String node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** The JVM's "pid@host": tells apart two nodes on one machine as well as on two. */
    static String thisProcess() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    void record(String job, Duration took, String outcome) {
        try {
            jdbc.update("INSERT INTO job_run (job, node, started_at, finished_at, outcome)"
                    + " VALUES (?, ?, NOW(6) - INTERVAL ? MICROSECOND, NOW(6), ?)", job, node, took.toNanos() / 1_000, outcome);
            jdbc.update("DELETE FROM job_run WHERE job = ? AND started_at < NOW(6) - INTERVAL ? DAY", job, KEPT_DAYS);
        } catch (DataAccessException unavailable) {
            log.warn("The run of job {} could not be recorded: {}", job, unavailable.getMessage());
        }
    }
}
