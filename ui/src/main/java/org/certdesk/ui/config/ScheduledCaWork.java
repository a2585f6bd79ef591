package org.certdesk.ui.config;

import org.certdesk.application.lifecycle.LifecycleSweeps;
import org.certdesk.application.reminder.SendExpiryReminders;
import org.certdesk.application.verification.RecheckVerifyingDomains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The simulated CA's clockwork: re-check pending domain verifications, fail OV/EV applications
 * left 30 days, mark expired certificates, mail expiry reminders. Intervals are configurable; a speed factor for demos
 * is simply a shorter interval.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "certdesk.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledCaWork {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCaWork.class);

    private final RecheckVerifyingDomains recheck;
    private final LifecycleSweeps sweeps;
    private final SendExpiryReminders reminders;

    ScheduledCaWork(RecheckVerifyingDomains recheck, LifecycleSweeps sweeps, SendExpiryReminders reminders) {
        this.recheck = recheck;
        this.sweeps = sweeps;
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${certdesk.scheduler.recheck-interval:PT2M}",
            fixedDelayString = "${certdesk.scheduler.recheck-interval:PT2M}")
    void recheckDomains() {
        int checked = recheck.recheck();
        if (checked > 0) {
            log.info("Re-checked domain verification of {} application(s)", checked);
        }
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${certdesk.scheduler.sweep-interval:PT1H}")
    void sweep() {
        int failed = sweeps.failOverdueApplications();
        int expired = sweeps.markExpired();
        if (failed + expired > 0) {
            log.info("Sweep: {} overdue application(s) failed, {} certificate(s) expired", failed, expired);
        }
    }

    /** Hourly is enough: a reminder goes out at most once per UTC day and certificate. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${certdesk.scheduler.reminder-interval:PT1H}")
    void remindOfExpiry() {
        int sent = reminders.send();
        if (sent > 0) {
            log.info("Sent {} expiry reminder(s)", sent);
        }
    }
}
