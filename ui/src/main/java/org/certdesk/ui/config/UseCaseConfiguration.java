package org.certdesk.ui.config;

import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.demo.SeedDemoData;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.PasswordHasher;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The composition root for use cases: the application module has no Spring in it, so each use
 * case is made here from the ports the adapters provide.
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    LoadSignInAccount loadSignInAccount(UserAccounts accounts) {
        return new LoadSignInAccount(accounts);
    }

    @Bean
    SeedDemoData seedDemoData(UserAccounts accounts, Tenants tenants, PasswordHasher hasher, Transactions transactions) {
        return new SeedDemoData(accounts, tenants, hasher, transactions);
    }
}
