package org.certdesk.application.port;

import java.time.Instant;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.verification.ValidationEvidence;

/**
 * Port: records that a renewal, a console application or an ACME order reused earlier validation
 * evidence instead of validating again (BR 4.2.1), so the evidence ledger can say who reused it.
 * Evidence the ledger does not hold (an ACME authorization validated before it held ACME's) is not recorded.
 */
@FunctionalInterface
public interface EvidenceReuses {

    void record(TenantId tenant, ValidationEvidence evidence, ReusedBy by, Instant at);

    /** Exactly one of the two: the console certificate or the ACME order that reused the evidence. */
    record ReusedBy(CertificateId certificate, Long acmeOrderId) {

        public ReusedBy {
            if ((certificate == null) == (acmeOrderId == null)) {
                throw new IllegalArgumentException("Evidence is reused by a certificate or by an ACME order");
            }
        }

        public static ReusedBy certificate(CertificateId certificate) {
            return new ReusedBy(certificate, null);
        }

        public static ReusedBy acmeOrder(long acmeOrderId) {
            return new ReusedBy(null, acmeOrderId);
        }
    }
}
