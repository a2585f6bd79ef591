package org.certdesk.application.issuance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.certdesk.domain.policy.DatedSchedule;
import org.certdesk.domain.policy.IssuancePolicy;

/**
 * Use case: the issuance policy a customer applies under today: the longest validity a
 * certificate issued today may have (BR 6.3.2) and the dates it shrinks, and how long domain
 * validation done today can be reused (BR 4.2.1) with the dates that period shrinks.
 */
public class ShowPolicyToday {

    private final IssuancePolicy policy;
    private final Clock clock;

    public ShowPolicyToday(IssuancePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** A step of a dated schedule still ahead: from this date, this many days. */
    public record Change(LocalDate from, int days) {
    }

    /** @param evidenceReusableUntil when evidence validated today stops backing new certificates */
    public record PolicyToday(LocalDate today, int maxValidityDays, List<Change> validityChanges, int evidenceReuseDays,
                              Instant evidenceReusableUntil, List<Change> reuseChanges) {
    }

    public PolicyToday show() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new PolicyToday(today, policy.maxValidityDaysAt(now), ahead(policy.maxValiditySchedule(), today),
                policy.evidenceReuseDaysAt(now), policy.evidenceReusableUntil(now), ahead(policy.evidenceReuseSchedule(), today));
    }

    private static List<Change> ahead(DatedSchedule<Integer> schedule, LocalDate today) {
        return schedule.stepsAfter(today).entrySet().stream().map(step -> new Change(step.getKey(), step.getValue())).toList();
    }
}
