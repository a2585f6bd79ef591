package org.certdesk.application.account;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/** Use case: the CA admin sets a new password for an account (someone forgot theirs); audited, the password never is. */
public class ResetPassword {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final AccountAudit audit;

    public ResetPassword(UserAccounts accounts, PasswordHasher hasher, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.transactions = transactions;
        this.audit = new AccountAudit(auditLog, clock);
    }

    public void reset(Actor actor, AccountId account, String newPassword) {
        AdminOnly.require(actor);
        String password = PasswordRule.check(newPassword);
        String hash = hasher.hash(password);
        transactions.inTransaction(() -> {
            UserAccount current = accounts.findById(account).orElseThrow(() -> new NotFoundException(Refusal.of("account.notFound")));
            audit.record(actor, "Password reset", accounts.save(current.withPasswordHash(hash)));
        });
    }
}
