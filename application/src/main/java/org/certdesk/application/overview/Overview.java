package org.certdesk.application.overview;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.domain.certificate.CertificateStatus;

/** The Overview tab: counts per status, what expires soon, issued per month. */
public record Overview(Map<CertificateStatus, Long> countsByStatus, long pendingExpiration,
                       List<CertificateSummary> expiringSoon, Map<YearMonth, Long> issuedPerMonth) {
}
