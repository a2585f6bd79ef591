package org.certdesk.application.profile;

import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.profile.SavedContact;

/**
 * Use case: the customer's Information Management — saved contacts and company profiles the
 * Apply panel picks from. Always the actor's own tenant; the same entry is not saved twice.
 */
public class ManageProfiles {

    private final Profiles profiles;
    private final Transactions transactions;

    public ManageProfiles(Profiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public List<SavedContact> contacts(Actor actor) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> profiles.contacts(tenant));
    }

    public List<CompanyProfile> companies(Actor actor) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> profiles.companies(tenant));
    }

    public SavedContact saveContact(Actor actor, Contact contact) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> profiles.contacts(tenant).stream()
                .filter(saved -> saved.contact().equals(contact)).findFirst()
                .orElseGet(() -> profiles.save(new SavedContact(null, tenant, contact))));
    }

    public CompanyProfile saveCompany(Actor actor, Organization organization) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> profiles.companies(tenant).stream()
                .filter(saved -> saved.organization().equals(organization)).findFirst()
                .orElseGet(() -> profiles.save(new CompanyProfile(null, tenant, organization))));
    }
}
