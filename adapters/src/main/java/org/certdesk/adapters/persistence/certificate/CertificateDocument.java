package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored form of a certificate's state beyond its indexed columns: plain values only, so the
 * JSON stays readable and the domain classes stay free of persistence concerns.
 *
 * <p>The persistence contract (docs/architecture.md): the columns {@code id}, {@code tenant_id},
 * the product columns, {@code status}, {@code purchased_at}, {@code round_no} and {@code version}
 * are authoritative; everything else of the aggregate lives here. The columns {@code primary_name},
 * {@code submitted_at}, {@code not_before}, {@code not_after} and the {@code certificate_name} rows
 * (and the {@code domain_validation} rows of the evidence ledger) are copies of this document's values for indexes and the list, written from the same snapshot
 * on every save and never read back into the aggregate.
 *
 * @param format the document's layout, {@link #CURRENT_FORMAT} when written; absent (null) in
 *               documents written before the field existed, which have the layout of format 1
 */
public record CertificateDocument(Integer format, Instant submittedAt, ApplicationDoc application, List<VerificationDoc> verifications,
                           List<RoundDoc> history, String failureCause, IssuedDoc issued, RevocationDoc revocation) {

    /** Raise it, and teach the mapper to read the previous one, when the layout changes incompatibly. */
    static final int CURRENT_FORMAT = 1;

    /** The layout this document was written in; documents from before the field existed are format 1. */
    int layout() {
        return format == null ? 1 : format;
    }

    record ApplicationDoc(List<String> identifiers, String csrKind, String keyAlgorithm, String csrPem, ContactDoc contact,
                          OrganizationDoc organization, EvDoc ev, String verificationMethod) {
    }

    public record ContactDoc(String name, String email, String phone) {
    }

    public record OrganizationDoc(String legalName, String registrationNumber, String companyType, String country,
                           String stateOrProvince, String city, String streetAddress, String postalCode, String phone) {
    }

    record EvDoc(String jurisdictionCountry, String jurisdictionStateOrProvince, String jurisdictionLocality,
                 String businessCategory, LocalDate incorporationDate, String superiorName, String superiorTitle,
                 String superiorPhone, String superiorEmail) {
    }

    record VerificationDoc(String identifier, String method, String token, Instant tokenCreatedAt, Instant tokenExpiresAt,
                           List<AttemptDoc> attempts, EvidenceDoc evidence) {
    }

    /** @param perspectives what each remote perspective saw (BR 3.2.2.9); absent in attempts without corroboration */
    record AttemptDoc(Instant at, String outcome, String message, String observed, List<PerspectiveDoc> perspectives) {
    }

    record PerspectiveDoc(String name, String region, String location, String outcome, String observed) {
    }

    record EvidenceDoc(String method, Instant validatedAt, String observed, Instant reusableUntil) {
    }

    record RoundDoc(int number, ApplicationDoc application, Instant submittedAt, List<VerificationDoc> verifications,
                    Instant endedAt, String outcome, String cause) {
    }

    record IssuedDoc(String serialHex, Instant notBefore, Instant notAfter) {
    }

    record RevocationDoc(String reason, Instant revokedAt) {
    }
}
