package org.certdesk.application.profile;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.profile.SavedContact;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: the customer corrects a saved contact. Only later applications pick the new details:
 * a submitted application keeps the copy it was sent with. Two saved contacts never become equal.
 */
public class EditSavedContact {

    private final Profiles profiles;
    private final Transactions transactions;

    public EditSavedContact(Profiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public SavedContact edit(Actor actor, long id, Contact contact) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            if (profiles.contacts(tenant).stream().anyMatch(other -> other.id() != id && other.contact().equals(contact))) {
                throw new DomainException(Refusal.of("profile.contactExists"));
            }
            SavedContact edited = new SavedContact(id, tenant, contact);
            if (!profiles.update(edited)) {
                throw new NotFoundException(Refusal.of("profile.contactNotFound"));
            }
            return edited;
        });
    }
}
