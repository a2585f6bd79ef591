package org.certdesk.application.profile;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: the customer corrects a company profile. Only later OV/EV applications pick the new
 * details: a submitted one keeps the organization it was sent (and is being reviewed) with.
 */
public class EditCompanyProfile {

    private final Profiles profiles;
    private final Transactions transactions;

    public EditCompanyProfile(Profiles profiles, Transactions transactions) {
        this.profiles = profiles;
        this.transactions = transactions;
    }

    public CompanyProfile edit(Actor actor, long id, Organization organization) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            if (profiles.companies(tenant).stream().anyMatch(other -> other.id() != id && other.organization().equals(organization))) {
                throw new DomainException(Refusal.of("profile.companyExists"));
            }
            CompanyProfile edited = new CompanyProfile(id, tenant, organization);
            if (!profiles.update(edited)) {
                throw new NotFoundException(Refusal.of("profile.companyNotFound"));
            }
            return edited;
        });
    }
}
