package org.certdesk.domain.certificate;

import java.util.Objects;
import org.certdesk.domain.account.TenantId;

/**
 * What the certificate list asks for: always one tenant; status, type and a domain search
 * (prefix of a bound name, in ASCII) narrow it when not null.
 */
public record CertificateFilter(TenantId tenant, CertificateStatus status, ValidationType type, String domainSearch) {

    public CertificateFilter {
        Objects.requireNonNull(tenant, "A certificate list is always for one tenant");
        domainSearch = domainSearch == null || domainSearch.isBlank() ? null : domainSearch.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public static CertificateFilter allOf(TenantId tenant) {
        return new CertificateFilter(tenant, null, null, null);
    }
}
