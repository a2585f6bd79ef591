package org.certdesk.application.profile;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/** Use case: the customer removes a company profile; applications that named it keep their own copy. */
public class DeleteCompanyProfile {

    private final Profiles profiles;
    private final Transactions transactions;

    public DeleteCompanyProfile(Profiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public void delete(Actor actor, long id) {
        var tenant = actor.requireCustomerTenant();
        transactions.inTransaction(() -> {
            if (!profiles.deleteCompany(tenant, id)) {
                throw new NotFoundException(Refusal.of("profile.companyNotFound"));
            }
        });
    }
}
