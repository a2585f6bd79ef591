package org.certdesk.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The re-check and sweep triggers ask the pace after every run, so a new speed factor applies at once. */
class ScheduledCaWorkTriggerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void theNextRunFollowsTheIntervalAskedAfterEachRun() {
        AtomicReference<Duration> interval = new AtomicReference<>(Duration.ofMinutes(2));
        Trigger trigger = ScheduledCaWork.afterEachRun(interval::get);
        SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(trigger.nextExecution(context)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));

        Instant finished = NOW.plus(Duration.ofMinutes(2)).plusSeconds(3);
        context.update(NOW.plus(Duration.ofMinutes(2)), NOW.plus(Duration.ofMinutes(2)), finished);
        interval.set(Duration.ofSeconds(1));
        assertThat(trigger.nextExecution(context)).isEqualTo(finished.plusSeconds(1));
    }

    @Test
    void anUnreadablePaceWaitsAMinuteAndKeepsTheTaskScheduled() {
        Trigger trigger = ScheduledCaWork.afterEachRun(() -> {
            throw new IllegalStateException("database unavailable");
        });
        SimpleTriggerContext context = new SimpleTriggerContext(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(trigger.nextExecution(context)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    }
}
