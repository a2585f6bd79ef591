package org.certdesk.application.account;

import java.time.Clock;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;

/** Writes account changes to the audit log: no certificate, the account named in the detail, never a password. */
final class AccountAudit {

    private final AuditLog auditLog;
    private final Clock clock;

    AccountAudit(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void record(Actor admin, String action, UserAccount account) {
        auditLog.record(AuditEntry.of(admin, clock.instant(), account.tenantId(), null, action, null, null,
                account.username() + " (" + account.role().name() + ")"));
    }
}
