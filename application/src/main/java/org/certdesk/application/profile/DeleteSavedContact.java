package org.certdesk.application.profile;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/** Use case: the customer removes a saved contact; applications that named it keep their own copy. */
public class DeleteSavedContact {

    private final Profiles profiles;
    private final Transactions transactions;

    public DeleteSavedContact(Profiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public void delete(Actor actor, long id) {
        var tenant = actor.requireCustomerTenant();
        transactions.inTransaction(() -> {
            if (!profiles.deleteContact(tenant, id)) {
                throw new NotFoundException(Refusal.of("profile.contactNotFound"));
            }
        });
    }
}
