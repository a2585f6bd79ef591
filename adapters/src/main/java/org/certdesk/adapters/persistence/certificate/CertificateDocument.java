package org.certdesk.adapters.persistence.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored form of a certificate's state beyond its indexed columns: plain values only, so the
 * JSON stays readable and the domain classes stay free of persistence concerns.
 */
public record CertificateDocument(Instant submittedAt, ApplicationDoc application, List<VerificationDoc> verifications,
                           List<RoundDoc> history, String failureCause, IssuedDoc issued, RevocationDoc revocation) {

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

    record AttemptDoc(Instant at, String outcome, String message, String observed) {
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
