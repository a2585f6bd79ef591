package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.PageRequest;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Port: a tenant's domain validations (the evidence ledger) read in pages without loading the
 * certificates: a tenant may hold thousands. Always one tenant, per name, newest first.
 */
public interface ValidationLedger {

    /** @param namePrefix the stored (ASCII, lower-case) names to show start with it; null or empty for all */
    List<Row> page(TenantId tenant, String namePrefix, PageRequest page);

    /** When the evidence this certificate reused for the name was gathered, if it reused any. */
    Optional<Instant> reusedFrom(TenantId tenant, CertificateId certificate, String identifierValue);

    /**
     * One validation. The name is the stored ASCII form. Reuses oldest first.
     *
     * @param gatheredFor         the console certificate that gathered it; null for ACME's, or when that certificate is gone
     * @param gatheredByAcmeOrder the ACME order whose challenge gathered it; null for the console's
     * @param corroboratedBy      the remote perspectives that corroborated it (BR 3.2.2.9), comma-separated; null if none did
     */
    record Row(long id, String name, VerificationMethod method, Instant validatedAt, String observed,
               Instant reusableUntil, CertificateId gatheredFor, Long gatheredByAcmeOrder, List<Reuse> reusedBy,
               String corroboratedBy) {
    }

    /** A renewal (certificate) or an ACME order that reused the validation. */
    record Reuse(CertificateId certificate, Long acmeOrderId, Instant at) {
    }
}
