package org.certdesk.crashbench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * From the job_run rows: each scheduled job ran once per interval across all console nodes, that
 * is, no two runs (on any nodes) started closer together than ShedLock's nine tenths of the
 * interval; and the job never stopped for longer than a dead node's lock can hold it (half a
 * minute, see ShedLockOncePerCluster.atMostFor) plus two intervals and the database's fail-over.
 */
final class JobsOncePerInterval {

    /** Clock resolution and the time between a lock and its run's recorded start, both well under this. */
    private static final Duration TOLERANCE = Duration.ofMillis(150);
    /** A dead node's lock (at most 30 s for these intervals), the next two ticks, and a writer's fail-over and restart. */
    private static final Duration DEAD_LOCK_AND_FAIL_OVER = Duration.ofSeconds(30 + 20);

    final Map<String, String> summary = new LinkedHashMap<>();
    final List<String> violations = new ArrayList<>();

    static JobsOncePerInterval check(Connection db, Instant from, Instant to, Map<String, Duration> intervals) throws SQLException {
        JobsOncePerInterval checks = new JobsOncePerInterval();
        for (var job : intervals.entrySet()) {
            checks.check(db, job.getKey(), job.getValue(), from, to);
        }
        return checks;
    }

    private void check(Connection db, String job, Duration interval, Instant from, Instant to) throws SQLException {
        List<Instant> starts = new ArrayList<>();
        Map<String, Integer> perNode = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT started_at, node FROM job_run WHERE job = ? AND started_at BETWEEN ? AND ? ORDER BY started_at")) {
            query.setString(1, job);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    starts.add(rs.getTimestamp(1).toInstant());
                    perNode.merge(rs.getString(2), 1, Integer::sum);
                }
            }
        }
        Duration closest = null;
        Duration least = interval.multipliedBy(9).dividedBy(10).minus(TOLERANCE);
        for (int i = 1; i < starts.size(); i++) {
            Duration gap = Duration.between(starts.get(i - 1), starts.get(i));
            if (closest == null || gap.compareTo(closest) < 0) {
                closest = gap;
            }
            if (gap.compareTo(least) < 0) {
                violations.add(job + " ran twice within " + gap.toMillis() + " ms (interval " + interval.toMillis() + " ms) at " + starts.get(i));
            }
        }
        long intervalsInWindow = Duration.between(from, to).dividedBy(interval);
        Duration longestAllowed = DEAD_LOCK_AND_FAIL_OVER.plus(interval.multipliedBy(2));
        Duration longest = Duration.ZERO;
        for (int i = 1; i < starts.size(); i++) {
            Duration gap = Duration.between(starts.get(i - 1), starts.get(i));
            longest = gap.compareTo(longest) > 0 ? gap : longest;
        }
        if (starts.size() < 2) {
            violations.add(job + " ran " + starts.size() + " times in " + intervalsInWindow + " intervals");
        } else if (longest.compareTo(longestAllowed) > 0) {
            violations.add(job + " stopped for " + longest.toMillis() + " ms, longer than a dead node's lock allows ("
                    + longestAllowed.toMillis() + " ms)");
        }
        summary.put(job, starts.size() + " runs in " + intervalsInWindow + " intervals of " + interval.toMillis() + " ms, by node " + perNode
                + ", closest two " + (closest == null ? "-" : closest.toMillis() + " ms") + " apart, longest pause " + longest.toMillis() + " ms");
    }
}
