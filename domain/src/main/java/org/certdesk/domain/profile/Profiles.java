package org.certdesk.domain.profile;

import java.util.List;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: a tenant's saved contacts and company profiles. */
@DomainRepository
public interface Profiles {

    List<SavedContact> contacts(TenantId tenant);

    SavedContact save(SavedContact contact);

    List<CompanyProfile> companies(TenantId tenant);

    CompanyProfile save(CompanyProfile company);

    /** Replaces the tenant's saved contact of that id; false when the tenant has none such. */
    boolean update(SavedContact contact);

    /** Replaces the tenant's company profile of that id; false when the tenant has none such. */
    boolean update(CompanyProfile company);

    /** False when the tenant has no saved contact of that id. */
    boolean deleteContact(TenantId tenant, long id);

    /** False when the tenant has no company profile of that id. */
    boolean deleteCompany(TenantId tenant, long id);
}
