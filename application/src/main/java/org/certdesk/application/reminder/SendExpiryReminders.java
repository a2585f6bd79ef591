package org.certdesk.application.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.ExpiryReminderLog.Candidate;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.reminder.ReminderPreference;
import org.certdesk.domain.reminder.ReminderPreferences;

/**
 * Use case, run by the scheduler: mail an expiry reminder to the application's contact of each
 * issued certificate that expires within its tenant's lead time (SPEC "Notifications"), again
 * only after the tenant's repeat interval. Renewed, revoked and expired certificates are not
 * Issued-and-unstopped, so they get none. The mail leaves after the reminder is recorded and
 * committed (at most once). A mail failure is counted by the mail adapter; the reminder stays
 * recorded all the same, so a broken server is not hammered every run.
 */
public class SendExpiryReminders {

    private static final int BATCH = 200;

    private final Certificates certificates;
    private final ExpiryReminderLog log;
    private final ReminderPreferences preferences;
    private final Notifications notifications;
    private final Transactions transactions;
    private final Clock clock;

    public SendExpiryReminders(Certificates certificates, ExpiryReminderLog log, ReminderPreferences preferences,
                               Notifications notifications, Transactions transactions, Clock clock) {
        this.certificates = certificates;
        this.log = log;
        this.preferences = preferences;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many reminders were sent */
    public int send() {
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(ReminderPreference.longestLeadDays()));
        Map<TenantId, ReminderPreference> preferenceOf = new HashMap<>();
        int sent = 0;
        long afterId = 0;
        List<Candidate> page;
        do {
            long from = afterId;
            page = transactions.inTransaction(() -> log.candidates(now, horizon, from, BATCH));
            for (Candidate candidate : page) {
                ReminderPreference preference = preferenceOf.computeIfAbsent(candidate.tenant(),
                        tenant -> transactions.inTransaction(() -> preferences.of(tenant)));
                if (preference.isDue(candidate.notAfter(), candidate.lastSent(), now) && remind(candidate, now)) {
                    sent++;
                }
                afterId = candidate.certificate().value();
            }
        } while (page.size() == BATCH);
        return sent;
    }

    private boolean remind(Candidate candidate, Instant now) {
        return transactions.inTransaction(() -> {
            Certificate certificate = certificates.findAnyById(candidate.certificate()).orElse(null);
            if (certificate == null || certificate.status() != CertificateStatus.ISSUED || certificate.application().isEmpty()) {
                return false;
            }
            var to = certificate.application().get().contact().email();
            String detail = detail(certificate, candidate.notAfter());
            log.recordSent(candidate.certificate(), candidate.notAfter(), now);
            transactions.afterCommit(certificate.id(), () -> notifications.send(to, NotificationKind.EXPIRY_REMINDER, certificate.id(), detail));
            return true;
        });
    }

    /** Language-neutral, as the mail template around it is translated: the names and the UTC expiry date. */
    private static String detail(Certificate certificate, Instant notAfter) {
        String names = String.join(", ", certificate.application().get().identifiers().asList().stream()
                .map(identifier -> identifier.display()).toList());
        return names + " — " + LocalDate.ofInstant(notAfter, ZoneOffset.UTC) + " (UTC)";
    }
}
