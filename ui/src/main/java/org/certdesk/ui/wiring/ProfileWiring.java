package org.certdesk.ui.wiring;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.domain.profile.Profiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.profile}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ProfileWiring {

    @Bean
    ManageProfiles manageProfiles(Profiles profiles, Transactions transactions) {
        return new ManageProfiles(profiles, transactions);
    }
}
