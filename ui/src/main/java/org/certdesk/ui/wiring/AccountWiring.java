package org.certdesk.ui.wiring;

import java.time.Clock;
import java.time.Duration;

import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.CreateAccount;
import org.certdesk.application.account.ListAccounts;
import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.account.ResetPassword;
import org.certdesk.application.account.SetAccountEnabled;
import org.certdesk.application.account.ThrottlePolicy;
import org.certdesk.application.port.AttemptLimiter;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.account}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class AccountWiring {

    @Bean
    LoadSignInAccount loadSignInAccount(UserAccounts accounts) {
        return new LoadSignInAccount(accounts);
    }

    @Bean
    ListAccounts listAccounts(UserAccounts accounts, Tenants tenants) {
        return new ListAccounts(accounts, tenants);
    }

    @Bean
    CreateAccount createAccount(UserAccounts accounts, Tenants tenants, PasswordHasher hasher, AuditLog auditLog,
                                Transactions transactions, Clock clock) {
        return new CreateAccount(accounts, tenants, hasher, auditLog, transactions, clock);
    }

    @Bean
    ResetPassword resetPassword(UserAccounts accounts, PasswordHasher hasher, AuditLog auditLog, Transactions transactions,
                                Clock clock) {
        return new ResetPassword(accounts, hasher, auditLog, transactions, clock);
    }

    @Bean
    SetAccountEnabled setAccountEnabled(UserAccounts accounts, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new SetAccountEnabled(accounts, auditLog, transactions, clock);
    }

    /** Guards sign-in and confirmation links; the lock's size is configurable, the tiers below it are ThrottlePolicy's. */
    @Bean
    AttemptThrottle attemptThrottle(AttemptLimiter limiter, AuditLog auditLog, Clock clock,
                                    @Value("${certdesk.sign-in.lockout-after:10}") int lockoutAfter,
                                    @Value("${certdesk.sign-in.lockout:PT15M}") Duration lockout) {
        return new AttemptThrottle(limiter, ThrottlePolicy.standard(lockoutAfter, lockout), auditLog, clock);
    }
}
