package org.certdesk.ui.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.certdesk.application.acme.AcmeReplayNonces;
import org.certdesk.application.issuance.FinishApprovedIssuances;
import org.certdesk.application.lifecycle.LifecycleSweeps;
import org.certdesk.application.port.OncePerCluster;
import org.certdesk.application.reminder.SendExpiryReminders;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.application.verification.RecheckVerifyingDomains;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The simulated CA's clockwork: finish approved issuances a restart or outage interrupted (at
 * startup and on every sweep), re-check pending domain verifications, fail OV/EV applications
 * left 30 days, mark expired certificates, mail expiry reminders, forget expired ACME nonces. The
 * re-check and sweep run at the admin's speed factor, asked again after every run, so a change
 * applies without a restart.
 * Every node of a cluster schedules them; {@link OncePerCluster} lets one node run each per interval.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "certdesk.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledCaWork implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCaWork.class);
    private static final Duration FALLBACK_INTERVAL = Duration.ofMinutes(1);
    private static final Duration NONCE_CLEANUP_INTERVAL = Duration.ofMinutes(10);

    private final RecheckVerifyingDomains recheck;
    private final LifecycleSweeps sweeps;
    private final SendExpiryReminders reminders;
    private final SimulationPace pace;
    private final OncePerCluster oncePerCluster;
    private final Duration reminderInterval;
    private final AcmeReplayNonces acmeNonces;
    private final FinishApprovedIssuances finishApproved;

    ScheduledCaWork(RecheckVerifyingDomains recheck, LifecycleSweeps sweeps, SendExpiryReminders reminders,
                    SimulationPace pace, OncePerCluster oncePerCluster,
                    @Value("${certdesk.scheduler.reminder-interval:PT1H}") Duration reminderInterval, AcmeReplayNonces acmeNonces,
                    FinishApprovedIssuances finishApproved) {
        this.recheck = recheck;
        this.sweeps = sweeps;
        this.reminders = reminders;
        this.pace = pace;
        this.oncePerCluster = oncePerCluster;
        this.reminderInterval = reminderInterval;
        this.acmeNonces = acmeNonces;
        this.finishApproved = finishApproved;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(() -> oncePerCluster.run("domain-recheck", safely(pace::recheckInterval), this::recheckDomains),
                afterEachRun(pace::recheckInterval));
        registrar.addTriggerTask(() -> oncePerCluster.run("lifecycle-sweep", safely(pace::sweepInterval), this::sweep),
                afterEachRun(pace::sweepInterval));
    }

    /**
     * Fixed delay whose length is asked anew each time; the first run waits one interval too. A
     * trigger that throws is never asked again, so an unreadable setting falls back to a minute.
     */
    static Trigger afterEachRun(Supplier<Duration> interval) {
        return context -> {
            Instant last = context.lastCompletion();
            return (last == null ? context.getClock().instant() : last).plus(safely(interval));
        };
    }

    private static Duration safely(Supplier<Duration> interval) {
        try {
            return interval.get();
        } catch (RuntimeException unreadable) {
            log.warn("Simulation pace unreadable, next run in {}: {}", FALLBACK_INTERVAL, unreadable.getMessage());
            return FALLBACK_INTERVAL;
        }
    }

    /**
     * Before anything else: an approval the last process left unissued is issued now
     * (docs/architecture.md). On every node: another node's issuance in flight is kept apart by
     * the approval's row lock, so at worst its Progress log says "resumed" once too often.
     */
    @EventListener(ApplicationReadyEvent.class)
    void finishApprovedIssuancesAfterRestart() {
        int issued = finishApproved.finishAfterRestart();
        if (issued > 0) {
            log.info("Issuance resumed after a restart: {} approved application(s) issued", issued);
        }
    }

    void recheckDomains() {
        int checked = recheck.recheck();
        if (checked > 0) {
            log.info("Re-checked domain verification of {} application(s)", checked);
        }
    }

    void sweep() {
        int resumed = finishApproved.finishOverdue();
        if (resumed > 0) {
            log.info("Sweep: issuance of {} approved application(s) resumed", resumed);
        }
        int failed = sweeps.failOverdueApplications();
        int expired = sweeps.markExpired();
        if (failed + expired > 0) {
            log.info("Sweep: {} overdue application(s) failed, {} certificate(s) expired", failed, expired);
        }
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT10M")
    void forgetExpiredAcmeNonces() {
        oncePerCluster.run("acme-nonce-cleanup", NONCE_CLEANUP_INTERVAL, acmeNonces::forgetExpired);
    }

    /** Hourly is enough: a reminder goes out at most once per UTC day and certificate. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${certdesk.scheduler.reminder-interval:PT1H}")
    void remindOfExpiry() {
        oncePerCluster.run("expiry-reminders", reminderInterval, () -> {
            int sent = reminders.send();
            if (sent > 0) {
                log.info("Sent {} expiry reminder(s)", sent);
            }
        });
    }
}
