package org.certdesk.adapters.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.certdesk.application.port.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link OncePerCluster} on ShedLock's lock row in the shared database. A run holds the lock for
 * at least nine tenths of the interval, so a node whose scheduler fires a little later in the
 * same interval skips. While a run lasts, ShedLock's keep-alive extends the lock; a node that
 * died while running stops extending it, and another node takes the job over after at most
 * {@link #atMostFor} (half a minute for the short jobs). Counts every outcome as {@code certdesk.jobs} (job, outcome),
 * and writes each run with its node into {@code job_run}.
 */
@Component
public class ShedLockOncePerCluster implements OncePerCluster {

    private static final Logger log = LoggerFactory.getLogger(ShedLockOncePerCluster.class);

    private final LockProvider locks;
    private final MeterRegistry meters;
    private final JobRunLog runs;

    /** Meters go to the console's registry (Prometheus), or Micrometer's global one where there is none. */
    @Autowired
    public ShedLockOncePerCluster(DataSource dataSource, ObjectProvider<MeterRegistry> meters,
                                  @Value("${certdesk.node-name:}") String nodeName) {
        this(lockRows(dataSource), meters.getIfAvailable(() -> Metrics.globalRegistry),
                new JobRunLog(new JdbcTemplate(dataSource), nodeName.isBlank() ? JobRunLog.thisProcess() : nodeName));
    }

    static LockProvider lockRows(DataSource dataSource) {
        JdbcTemplateLockProvider rows = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return new KeepAliveLockProvider(rows, KEEP_ALIVE);
    }

    /** Extends the locks of runs still going; one daemon thread for all jobs of this node. */
    private static final ScheduledExecutorService KEEP_ALIVE = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("job-lock-keep-alive").factory());

    ShedLockOncePerCluster(LockProvider locks, MeterRegistry meters, JobRunLog runs) {
        this.locks = locks;
        this.meters = meters;
        this.runs = runs;
    }

    @Override
    public boolean run(String name, Duration interval, Runnable job) {
        Optional<SimpleLock> lock;
        try {
            lock = locks.lock(new LockConfiguration(Instant.now(), name, atMostFor(interval), interval.multipliedBy(9).dividedBy(10)));
        } catch (RuntimeException unavailable) {
            // The database is down or a Galera certification failure lost the race: the next tick tries again.
            log.warn("Job {} skipped: its cluster lock could not be taken ({})", name, unavailable.getMessage());
            count(name, "lock-failed");
            return false;
        }
        if (lock.isEmpty()) {
            count(name, "skipped");
            return false;
        }
        long started = System.nanoTime();
        String outcome = "ran";
        try {
            job.run();
        } catch (RuntimeException failed) {
            log.error("Job {} failed", name, failed);
            outcome = "failed";
        } finally {
            long nanos = System.nanoTime() - started;
            count(name, outcome);
            Timer.builder("certdesk.jobs.duration").tag("job", name).register(meters).record(nanos, TimeUnit.NANOSECONDS);
            runs.record(name, Duration.ofNanos(nanos), outcome);
            lock.get().unlock();
        }
        return true;
    }

    /**
     * How long a lock outlives a node that died holding it: no shorter than the run's own hold
     * (nine tenths of the interval) nor than ShedLock's keep-alive allows (30 s); a live run is
     * extended however long it takes.
     */
    static Duration atMostFor(Duration interval) {
        Duration hold = interval.multipliedBy(9).dividedBy(10);
        Duration keepAliveFloor = Duration.ofSeconds(30);
        return hold.compareTo(keepAliveFloor) > 0 ? hold : keepAliveFloor;
    }

    private void count(String job, String outcome) {
        Counter.builder("certdesk.jobs").tag("job", job).tag("outcome", outcome).register(meters).increment();
    }
}
