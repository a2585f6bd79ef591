package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;

import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.certificate.ValidationType;

/**
 * Port: the rows of the certificate list, read in one query without loading the aggregates (the
 * grid must stay fast with a million certificates in a tenant). Always one tenant, newest first.
 */
public interface CertificateListing {

    List<Row> page(CertificateFilter filter, PageRequest page);

    /**
     * What the list shows of one certificate; names as the customer reads them (Unicode for IDNs), in application order;
     * acmeAccountId is the ACME account whose order obtained it, null for the console's own certificates.
     */
    record Row(CertificateId id, String brand, ValidationType type, Coverage coverage, List<String> names,
               CertificateStatus status, Instant purchasedAt, Instant notBefore, Instant notAfter, long version,
               Long acmeAccountId) {
    }
}
