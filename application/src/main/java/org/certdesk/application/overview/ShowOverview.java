package org.certdesk.application.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.certdesk.application.listing.ListCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.Certificates;

/** Use case: the customer's Overview, all from indexed queries of their own tenant. */
public class ShowOverview {

    private static final int MONTHS = 6;
    private static final int EXPIRING_SHOWN = 10;

    private final Certificates certificates;
    private final ListCertificates listCertificates;
    private final Clock clock;

    public ShowOverview(Certificates certificates, ListCertificates listCertificates, Clock clock) {
        this.certificates = certificates;
        this.listCertificates = listCertificates;
        this.clock = clock;
    }

    public Overview show(Actor actor) {
        var tenant = actor.requireCustomerTenant();
        Instant now = clock.instant();
        var expiring = certificates.issuedExpiringBetween(tenant, now, now.plus(Certificate.EXPIRATION_WARNING), 1000);
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        YearMonth first = thisMonth.minusMonths(MONTHS - 1L);
        Map<YearMonth, Long> found = certificates.issuedPerMonth(tenant, first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            perMonth.put(month, found.getOrDefault(month, 0L));
        }
        return new Overview(certificates.countByStatus(tenant), expiring.size(),
                expiring.stream().limit(EXPIRING_SHOWN).map(listCertificates::summarize).toList(), perMonth);
    }
}
