package org.certdesk.application.port;

import java.util.List;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.verification.ValidationEvidence;

/**
 * Port: writes a validation an ACME challenge gathered (http-01, dns-01, tls-alpn-01) into the
 * evidence ledger, beside the console's, so the customer sees every way a name was proven.
 * Called in the transaction that makes the authorization valid; a database write only.
 */
@FunctionalInterface
public interface AcmeEvidenceLedger {

    /**
     * @param acmeOrderId    the order the authorization was created for; null for one older than that record
     * @param corroboratedBy the remote perspectives that saw what the primary saw (BR 3.2.2.9), in order
     */
    void recordGathered(TenantId tenant, ValidationEvidence evidence, Long acmeOrderId, List<String> corroboratedBy);
}
