package org.certdesk.application.account;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.NotFoundException;

/**
 * Use case: the CA admin disables an account (it can no longer sign in; its data stays) or
 * enables it again. An admin cannot disable themself, so the CA never locks out the one doing it.
 */
public class SetAccountEnabled {

    private final UserAccounts accounts;
    private final Transactions transactions;
    private final AccountAudit audit;

    public SetAccountEnabled(UserAccounts accounts, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.audit = new AccountAudit(auditLog, clock);
    }

    public void set(Actor actor, AccountId account, boolean enabled) {
        AdminOnly.require(actor);
        if (!enabled && account.equals(actor.account())) {
            throw new DomainException(Refusal.of("account.notOwn"));
        }
        transactions.inTransaction(() -> {
            UserAccount current = accounts.findById(account).orElseThrow(() -> new NotFoundException(Refusal.of("account.notFound")));
            if (current.enabled() != enabled) {
                audit.record(actor, enabled ? "Account enabled" : "Account disabled", accounts.save(current.withEnabled(enabled)));
            }
        });
    }
}
