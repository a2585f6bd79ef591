package org.certdesk.domain.reminder;

import org.certdesk.domain.account.TenantId;

/** Port: each tenant's expiry reminder preference ({@link ReminderPreference#DEFAULT} until it chooses). */
public interface ReminderPreferences {

    ReminderPreference of(TenantId tenant);

    void save(TenantId tenant, ReminderPreference preference);
}
