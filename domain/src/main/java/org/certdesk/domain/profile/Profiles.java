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
}
