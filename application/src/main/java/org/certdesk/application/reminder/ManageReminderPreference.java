package org.certdesk.application.reminder;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.reminder.ReminderPreference;
import org.certdesk.domain.reminder.ReminderPreferences;

/** Use case: a customer reads and chooses when their tenant gets expiry reminders; the change is audited. */
public class ManageReminderPreference {

    private final ReminderPreferences preferences;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public ManageReminderPreference(ReminderPreferences preferences, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.preferences = preferences;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReminderPreference current(Actor actor) {
        TenantId tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> preferences.of(tenant));
    }

    /** The values are checked by {@link ReminderPreference} before this is called. */
    public ReminderPreference save(Actor actor, ReminderPreference preference) {
        TenantId tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            ReminderPreference before = preferences.of(tenant);
            preferences.save(tenant, preference);
            auditLog.record(AuditEntry.of(actor, clock.instant(), tenant, null, "Expiry reminders changed", null, null,
                    describe(before) + " -> " + describe(preference)));
            return preference;
        });
    }

    private static String describe(ReminderPreference preference) {
        return preference.leadDays() + " days before, "
                + (preference.repeatDays() == 0 ? "once" : "every " + preference.repeatDays() + " days");
    }
}
