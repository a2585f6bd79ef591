package org.certdesk.application.ledger;

import java.time.Instant;
import java.util.List;

import org.certdesk.application.port.ValidationLedger.Reuse;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * One row of the "Domain validations" page: a validation of a name, the certificate or the ACME
 * order it was gathered for, and how long BR 4.2.1 still lets it be reused. New columns (e.g. the
 * perspectives that corroborated it) are added as components here.
 *
 * @param name           the name as the customer reads it (Unicode for IDNs)
 * @param gatheredFor    the console certificate whose validation it was; null for ACME's, or once that certificate is gone
 * @param acmeOrderId    the ACME order whose challenge gathered it; null for the console's
 * @param daysLeft       whole days of reuse left, rounded up; 0 once expired
 * @param corroboratedBy the remote perspectives that saw what the CA saw (BR 3.2.2.9); empty for older evidence
 */
public record DomainValidation(long id, String name, VerificationMethod method, Instant validatedAt, String observed,
                               CertificateId gatheredFor, Long acmeOrderId, Instant reusableUntil, long daysLeft, Reusability reusability,
                               List<Reuse> reusedBy, List<String> corroboratedBy) {

    /** The Baseline Requirements section of the method (BR 3.2.2.4.x). */
    public String brSection() {
        return method.brSection();
    }

    /** The countdown badge's colour: green, amber under {@link ShowDomainValidations#ENDING_SOON_DAYS}, grey. */
    public enum Reusability {
        REUSABLE, ENDING_SOON, EXPIRED
    }
}
