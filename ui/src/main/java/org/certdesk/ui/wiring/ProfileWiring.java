package org.certdesk.ui.wiring;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.profile.DeleteCompanyProfile;
import org.certdesk.application.profile.DeleteSavedContact;
import org.certdesk.application.profile.EditCompanyProfile;
import org.certdesk.application.profile.EditSavedContact;
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

    @Bean
    EditSavedContact editSavedContact(Profiles profiles, Transactions transactions) {
        return new EditSavedContact(profiles, transactions);
    }

    @Bean
    DeleteSavedContact deleteSavedContact(Profiles profiles, Transactions transactions) {
        return new DeleteSavedContact(profiles, transactions);
    }

    @Bean
    EditCompanyProfile editCompanyProfile(Profiles profiles, Transactions transactions) {
        return new EditCompanyProfile(profiles, transactions);
    }

    @Bean
    DeleteCompanyProfile deleteCompanyProfile(Profiles profiles, Transactions transactions) {
        return new DeleteCompanyProfile(profiles, transactions);
    }
}
