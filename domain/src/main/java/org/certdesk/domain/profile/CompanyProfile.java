package org.certdesk.domain.profile;

import java.util.Objects;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Organization;

/** An organization a tenant keeps for its OV/EV applications (seed: Information Management). */
public record CompanyProfile(Long id, TenantId tenant, Organization organization) {

    public CompanyProfile {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(organization, "organization");
    }

    public String label() {
        return organization.legalName() + " (" + organization.country() + ")";
    }
}
