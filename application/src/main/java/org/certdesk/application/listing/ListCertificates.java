package org.certdesk.application.listing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.certdesk.application.port.CertificateListing;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifier;

/**
 * Use case: a customer's certificate list, filtered and paged in the database (the grid loads
 * lazily; it must stay fast with a million rows). Always the actor's own tenant.
 */
public class ListCertificates {

    private final CertificateListing listing;
    private final DemoZoneParts demoZone;
    private final Clock clock;

    public ListCertificates(CertificateListing listing, DemoZoneParts demoZone, Clock clock) {
        this.listing = listing;
        this.demoZone = demoZone;
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
        List<CertificateSummary> rows = new ArrayList<>();
        while (rows.size() < limit) {
            int window = Math.min(limit - rows.size(), PageRequest.MAX_LIMIT);
            List<CertificateListing.Row> next = listing.page(filter, new PageRequest(offset + rows.size(), window));
            next.forEach(row -> rows.add(summarize(row, now)));
            if (next.size() < window) {
                break;
            }
        }
        return rows;
    }

    private CertificateSummary summarize(CertificateListing.Row row, Instant now) {
        return new CertificateSummary(row.id(), row.brand(), row.type(), row.coverage(), row.names(), row.status(),
                DisplayStatus.of(row.status(), row.notAfter(), now), row.purchasedAt(), row.notBefore(),
                row.notAfter(), row.version(), row.acmeAccountId(), anyInDemoZone(row.names()));
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
                issued.map(i -> i.notAfter()).orElse(null), certificate.version(), null, anyInDemoZone(names));
    }
}
