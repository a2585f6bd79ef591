package org.certdesk.ui.config;

import java.time.Clock;
import java.time.Duration;

import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.CreateAccount;
import org.certdesk.application.account.ListAccounts;
import org.certdesk.application.account.ResetPassword;
import org.certdesk.application.account.SetAccountEnabled;
import org.certdesk.application.account.ThrottlePolicy;
import org.certdesk.application.catalogue.EditProductCatalogue;
import org.certdesk.application.port.AttemptLimiter;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.PasswordHasher;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CA admin's account and product catalogue use cases, made from the ports. */
@Configuration(proxyBeanMethods = false)
public class AdminUseCaseConfiguration {

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

    @Bean
    EditProductCatalogue editProductCatalogue(ProductCatalogue catalogue, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new EditProductCatalogue(catalogue, auditLog, transactions, clock);
    }
}
