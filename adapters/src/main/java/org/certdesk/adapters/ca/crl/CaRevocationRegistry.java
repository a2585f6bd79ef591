package org.certdesk.adapters.ca.crl;

import org.certdesk.adapters.ca.issuance.IssuedCertificateStore;
import java.time.Instant;
import java.util.Locale;

import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.domain.certificate.RevocationReason;
import org.springframework.stereotype.Component;

/**
 * Records a revocation on the issued leaf and re-publishes its issuing CA's CRL at once, well
 * within the 24 hours BR 4.9.7 allows, in the caller's transaction.
 */
@Component
class CaRevocationRegistry implements RevocationRegistry {

    private final IssuedCertificateStore issued;
    private final CrlPublisher publisher;

    CaRevocationRegistry(IssuedCertificateStore issued, CrlPublisher publisher) {
        this.issued = issued;
        this.publisher = publisher;
    }

    @Override
    public void revoked(String serialHex, RevocationReason reason, Instant at) {
        String issuerId = issued.markRevoked(serialHex.toLowerCase(Locale.ROOT), reason, at)
                .orElseThrow(() -> new IllegalStateException("This CA issued no certificate with serial " + serialHex
                        + "; the revocation cannot be listed in a CRL and is not recorded."));
        publisher.publish(issuerId);
    }
}
