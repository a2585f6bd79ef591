package org.certdesk.application.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.certdesk.application.port.CertificateListing;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.calendar.ApplicationTimeline;
import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.Reviews;

/**
 * Use case: a customer's certificate list, filtered and paged in the database (the grid loads
 * lazily; it must stay fast with a million rows). Always the actor's own tenant. An application
 * under way says who it waits on since when, from the same SLA clocks as its Progress panel: only
 * the window's Verifying rows are loaded for that (one query for their aggregates, one for the
 * OV/EV rows' review entries), never the tenant's.
 */
public class ListCertificates {

    private final CertificateListing listing;
    private final DemoZoneParts demoZone;
    private final Certificates certificates;
    private final Reviews reviews;
    private final Holidays holidays;
    private final Clock clock;

    public ListCertificates(CertificateListing listing, DemoZoneParts demoZone, Certificates certificates, Reviews reviews,
                            Holidays holidays, Clock clock) {
        this.listing = listing;
        this.demoZone = demoZone;
        this.certificates = certificates;
        this.reviews = reviews;
        this.holidays = holidays;
        this.clock = clock;
    }

    public record Query(Actor actor, CertificateStatus status, ValidationType type, String domainSearch) {

        CertificateFilter filter() {
            return new CertificateFilter(actor.requireCustomerTenant(), status, type, domainSearch);
        }
    }

    /**
     * One window of the list, read in windows of at most {@link PageRequest#MAX_LIMIT}; the grid
     * asks for the next window as it scrolls instead of counting the whole tenant first.
     */
    public List<CertificateSummary> page(Query query, int offset, int limit) {
        CertificateFilter filter = query.filter();
        Instant now = clock.instant();
        List<CertificateListing.Row> rows = new ArrayList<>();
        while (rows.size() < limit) {
            int window = Math.min(limit - rows.size(), PageRequest.MAX_LIMIT);
            List<CertificateListing.Row> next = listing.page(filter, new PageRequest(offset + rows.size(), window));
            rows.addAll(next);
            if (next.size() < window) {
                break;
            }
        }
        Map<CertificateId, SlaClocks> clocks = clocksOfVerifying(filter.tenant(), rows, now);
        return rows.stream().map(row -> summarize(row, Optional.ofNullable(clocks.get(row.id())), now)).toList();
    }

    private CertificateSummary summarize(CertificateListing.Row row, Optional<SlaClocks> clocks, Instant now) {
        return new CertificateSummary(row.id(), row.brand(), row.type(), row.coverage(), row.names(), row.status(),
                DisplayStatus.of(row.status(), row.notAfter(), now), row.purchasedAt(), row.notBefore(),
                row.notAfter(), row.version(), row.acmeAccountId(), anyInDemoZone(row.names()),
                clocks.flatMap(CertificateSummary.Waiting::of).orElse(null));
    }

    /** The SLA clocks of the window's applications under way, read as the Progress panel reads them. */
    private Map<CertificateId, SlaClocks> clocksOfVerifying(TenantId tenant, List<CertificateListing.Row> rows, Instant now) {
        List<CertificateId> verifying = rows.stream().filter(row -> row.status() == CertificateStatus.VERIFYING)
                .map(CertificateListing.Row::id).toList();
        if (verifying.isEmpty()) {
            return Map.of();
        }
        BusinessCalendar calendar = holidays.calendar();
        List<Certificate> underWay = certificates.findAllById(tenant, verifying);
        Map<CertificateId, List<ReviewEntry>> reviewEntries = reviews.entriesOfRounds(underWay.stream()
                .filter(certificate -> certificate.product().type().validatesOrganization() && certificate.round() > 0)
                .collect(Collectors.toMap(Certificate::id, Certificate::round)));
        return underWay.stream()
                .flatMap(certificate -> ApplicationTimeline.currentRound(certificate, reviewEntries.getOrDefault(certificate.id(), List.of()))
                        .map(round -> Map.entry(certificate.id(), SlaClocks.of(round, calendar, now))).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The demo zone is ASCII ({@code .test}), so a name's Unicode form ends the same way as its stored one. */
    private boolean anyInDemoZone(List<String> names) {
        return names.stream().anyMatch(demoZone::inZone);
    }

    /** A row of the list for one certificate (also used by the Overview). */
    public CertificateSummary summarize(Certificate certificate) {
        List<String> names = certificate.application()
                .map(application -> application.identifiers().asList().stream().map(Identifier::display).toList())
                .orElse(List.of());
        var issued = certificate.issued();
        return new CertificateSummary(certificate.id(), certificate.product().brand(), certificate.product().type(),
                certificate.product().coverage(), names, certificate.status(), certificate.displayStatus(clock.instant()),
                certificate.purchasedAt(), issued.map(i -> i.notBefore()).orElse(null),
                issued.map(i -> i.notAfter()).orElse(null), certificate.version(), null, anyInDemoZone(names), null);
    }
}
