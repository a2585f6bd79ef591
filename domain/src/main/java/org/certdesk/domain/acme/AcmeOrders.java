package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: ACME orders. Saves check the version the order was loaded with, like certificates. */
@DomainRepository
public interface AcmeOrders {

    AcmeOrder save(AcmeOrder order);

    Optional<AcmeOrder> find(AcmeOrderId id);

    /** The order a console certificate was issued for, if it came over ACME. */
    Optional<AcmeOrder> findByCertificate(CertificateId certificate);

    /** Whether a valid (issued) order already names this ARI certificate id in replaces (RFC 9773 5). */
    boolean isReplaced(String ariCertificateId);

    /** How many orders an account placed since the given instant (rate limits). */
    int countPlacedSince(AcmeAccountId account, Instant since);

    /** How many orders all accounts of a tenant placed since the given instant (rate limits). */
    int countPlacedByTenantSince(TenantId tenant, Instant since);
}
