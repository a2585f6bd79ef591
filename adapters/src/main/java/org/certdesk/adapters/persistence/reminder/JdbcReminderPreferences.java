package org.certdesk.adapters.persistence.reminder;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.reminder.ReminderPreference;
import org.certdesk.domain.reminder.ReminderPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per tenant that chose; the value object validates what is read back as well. */
@Component
class JdbcReminderPreferences implements ReminderPreferences {

    private final JdbcClient jdbc;

    JdbcReminderPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReminderPreference of(TenantId tenant) {
        return jdbc.sql("SELECT lead_days, repeat_days FROM reminder_preference WHERE tenant_id = :t")
                .param("t", tenant.value())
                .query((rs, n) -> new ReminderPreference(rs.getInt("lead_days"), rs.getInt("repeat_days")))
                .optional().orElse(ReminderPreference.DEFAULT);
    }

    @Override
    public void save(TenantId tenant, ReminderPreference preference) {
        jdbc.sql("""
                INSERT INTO reminder_preference (tenant_id, lead_days, repeat_days) VALUES (:t, :lead, :repeat)
                ON DUPLICATE KEY UPDATE lead_days = VALUES(lead_days), repeat_days = VALUES(repeat_days)""")
                .param("t", tenant.value()).param("lead", preference.leadDays()).param("repeat", preference.repeatDays())
                .update();
    }
}
