package org.certdesk.ui.wiring;

import org.certdesk.application.demo.SeedDemoData;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.demo}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class DemoWiring {

    @Bean
    SeedDemoData seedDemoData(UserAccounts accounts, Tenants tenants, PasswordHasher hasher, Transactions transactions) {
        return new SeedDemoData(accounts, tenants, hasher, transactions);
    }
}
