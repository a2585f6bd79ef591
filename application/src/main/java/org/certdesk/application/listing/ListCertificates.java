package org.certdesk.application.listing;

import java.time.Clock;
import java.util.List;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifier;

/**
 * Use case: a customer's certificate list, filtered and paged in the database (the grid loads
 * lazily; it must stay fast with a million rows). Always the actor's own tenant.
 */
public class ListCertificates {

    private final Certificates certificates;
    private final Clock clock;

    public ListCertificates(Certificates certificates, Clock clock) {
        this.certificates = certificates;
        this.clock = clock;
    }

    public record Query(Actor actor, CertificateStatus status, ValidationType type, String domainSearch) {

        CertificateFilter filter() {
            return new CertificateFilter(actor.requireCustomerTenant(), status, type, domainSearch);
        }
    }

    public List<CertificateSummary> page(Query query, int offset, int limit) {
        return certificates.page(query.filter(), new PageRequest(offset, limit)).stream().map(this::summarize).toList();
    }

    public long count(Query query) {
        return certificates.count(query.filter());
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
                issued.map(i -> i.notAfter()).orElse(null), certificate.version());
    }
}
