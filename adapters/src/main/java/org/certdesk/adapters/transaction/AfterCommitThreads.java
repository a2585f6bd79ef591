package org.certdesk.adapters.transaction;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads that run side effects after commit (mail over SMTP), so the person who made the
 * change gets the answer without waiting for a mail server (issue 14: two SMTP exchanges were
 * most of a submit's time). {@value #LANES} lanes of one thread each: work with the same order key
 * (a certificate) always takes the same lane, so a customer never gets "issued" before
 * "received". Bounded: each lane queues {@value #QUEUE_CAPACITY_PER_LANE}; when that is full the
 * committing thread does the work itself, slower but nothing is dropped. On shutdown it stops
 * after the web server has (so no new request queues mail) and runs what is queued before the
 * mail sender and the database go away; from then on work runs on the caller's thread. Not an
 * Executor bean, so Spring Boot's own task executor is left as it is.
 */
@Component
class AfterCommitThreads implements SmartLifecycle, DisposableBean {

    /** SMTP waits on the network more than it computes; four keep up with the load benchmark on two cores. */
    private static final int LANES = 4;
    private static final int QUEUE_CAPACITY_PER_LANE = 2_500;
    /** Queued mail gets this long to leave at shutdown; a mail server that is down would otherwise hold it up forever. */
    private static final int SHUTDOWN_SECONDS = 30;
    /** Below Spring Boot's web server phases (DEFAULT_PHASE - 1024 and - 2048): stopped only after requests are. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private volatile List<ThreadPoolTaskExecutor> lanes;
    /** Handed over and not yet finished: a growing figure means mail is leaving slower than it is made. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean accepting = true;

    AfterCommitThreads(ObjectProvider<MeterRegistry> meters) {
        lanes = newLanes();
        meters.ifAvailable(registry -> Gauge.builder("certdesk.after.commit.pending", pending, AtomicInteger::get)
                .description("Side effects after commit (mail) not yet run").register(registry));
    }

    private static List<ThreadPoolTaskExecutor> newLanes() {
        return IntStream.range(0, LANES).mapToObj(AfterCommitThreads::lane).toList();
    }

    private static ThreadPoolTaskExecutor lane(int number) {
        ThreadPoolTaskExecutor lane = new ThreadPoolTaskExecutor();
        lane.setCorePoolSize(1);
        lane.setMaxPoolSize(1);
        lane.setQueueCapacity(QUEUE_CAPACITY_PER_LANE);
        lane.setThreadNamePrefix("after-commit-" + number + "-");
        // Unlike CallerRunsPolicy, also runs (rather than drops) work that races with the shutdown.
        lane.setRejectedExecutionHandler((work, executor) -> work.run());
        lane.setWaitForTasksToCompleteOnShutdown(true);
        lane.setAwaitTerminationSeconds(SHUTDOWN_SECONDS);
        lane.initialize();
        return lane;
    }

    /** Runs the work after all work handed over earlier with the same order key; never drops it. */
    void execute(Object orderKey, Runnable work) {
        pending.incrementAndGet();
        Runnable counted = () -> {
            try {
                work.run();
            } finally {
                pending.decrementAndGet();
            }
        };
        if (accepting) {
            lanes.get(Math.floorMod(Objects.hashCode(orderKey), LANES)).execute(counted);
        } else {
            counted.run();
        }
    }

    int pending() {
        return pending.get();
    }

    /**
     * The threads exist from construction, so mail queued while the context starts is sent as
     * well; a context stopped and started again (Spring's test framework pauses cached contexts
     * that way) gets new ones, a shut-down executor cannot be restarted.
     */
    @Override
    public synchronized void start() {
        if (!accepting) {
            lanes = newLanes();
            accepting = true;
        }
    }

    @Override
    public boolean isRunning() {
        return accepting;
    }

    @Override
    public synchronized void stop() {
        accepting = false;
        // Each lane's shutdown waits for its queue; the lanes keep working meanwhile, so it takes the longest one's time.
        lanes.forEach(ThreadPoolTaskExecutor::shutdown);
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** For a context that is closed without stopping its lifecycle beans (a failed start). */
    @Override
    public void destroy() {
        stop();
    }
}
