package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.ledger.ShowDomainValidations;
import org.certdesk.application.port.ValidationLedger;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.policy.IssuancePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.ledger}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class LedgerWiring {

    @Bean
    ShowDomainValidations showDomainValidations(ValidationLedger ledger, Tenants tenants, IssuancePolicy policy, Clock clock) {
        return new ShowDomainValidations(ledger, tenants, policy, clock);
    }
}
