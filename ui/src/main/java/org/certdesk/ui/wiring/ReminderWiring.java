package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.reminder.ManageReminderPreference;
import org.certdesk.application.reminder.SendExpiryReminders;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.reminder.ReminderPreferences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.reminder}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ReminderWiring {

    @Bean
    SendExpiryReminders sendExpiryReminders(Certificates certificates, ExpiryReminderLog reminderLog,
                                            ReminderPreferences preferences, Notifications notifications,
                                            Transactions transactions, Clock clock) {
        return new SendExpiryReminders(certificates, reminderLog, preferences, notifications, transactions, clock);
    }

    @Bean
    ManageReminderPreference manageReminderPreference(ReminderPreferences preferences, AuditLog auditLog,
                                                      Transactions transactions, Clock clock) {
        return new ManageReminderPreference(preferences, auditLog, transactions, clock);
    }
}
