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
        domainSearch = domainSearch == null || domainSearch.isBlank() ? null : beyondAnyName(domainSearch.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The longest a search needs to be: one character past the longest name, which a longer paste cannot match either. */
    public static final int MAX_SEARCH_LENGTH = 254;

    private static String beyondAnyName(String search) {
        return search.length() > MAX_SEARCH_LENGTH ? search.substring(0, MAX_SEARCH_LENGTH) : search;
    }

    public static CertificateFilter allOf(TenantId tenant) {
        return new CertificateFilter(tenant, null, null, null);
    }
}
