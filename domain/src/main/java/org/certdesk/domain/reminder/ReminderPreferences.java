package org.certdesk.domain.reminder;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: each tenant's expiry reminder preference ({@link ReminderPreference#DEFAULT} until it chooses). */
@DomainRepository
public interface ReminderPreferences {

    ReminderPreference of(TenantId tenant);

    void save(TenantId tenant, ReminderPreference preference);
}
