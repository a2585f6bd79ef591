package org.certdesk.adapters.persistence.certificate;

import java.util.List;

import org.certdesk.adapters.persistence.certificate.CertificateDocument.ApplicationDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.AttemptDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.ContactDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.EvDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.EvidenceDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.IssuedDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.OrganizationDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.PerspectiveDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.RevocationDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.RoundDoc;
import org.certdesk.adapters.persistence.certificate.CertificateDocument.VerificationDoc;
import org.certdesk.domain.certificate.ApplicationRound;
import org.certdesk.domain.certificate.BusinessCategory;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.Revocation;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.RoundOutcome;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.PerspectiveResult;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.domain.verification.VerificationOutcome;
import org.certdesk.domain.verification.VerificationToken;

/** Translates between the certificate aggregate's state and its stored document. */
public final class CertificateDocumentMapper {

    private CertificateDocumentMapper() {
    }

    static CertificateDocument toDocument(Certificate.Snapshot s) {
        return new CertificateDocument(CertificateDocument.CURRENT_FORMAT, s.submittedAt(), application(s.application()),
                s.verifications().stream().map(CertificateDocumentMapper::verification).toList(),
                s.history().stream().map(CertificateDocumentMapper::round).toList(), s.failureCause(),
                s.issued() == null ? null : new IssuedDoc(s.issued().serialHex(), s.issued().notBefore(), s.issued().notAfter()),
                s.revocation() == null ? null : new RevocationDoc(s.revocation().reason().name(), s.revocation().revokedAt()));
    }

    static CertificateApplication application(ApplicationDoc d) {
        if (d == null) {
            return null;
        }
        Identifiers identifiers = Identifiers.of(d.identifiers().stream().map(Identifier::restore).toList());
        CsrSource csr = "UPLOADED".equals(d.csrKind())
                ? new CsrSource.Uploaded(d.csrPem())
                : new CsrSource.SystemGenerated(KeyAlgorithm.valueOf(d.keyAlgorithm()));
        Contact contact = contact(d.contact());
        Organization organization = d.organization() == null ? null : organization(d.organization());
        EvDetails ev = d.ev() == null ? null : new EvDetails(d.ev().jurisdictionCountry(), d.ev().jurisdictionStateOrProvince(),
                d.ev().jurisdictionLocality(), BusinessCategory.valueOf(d.ev().businessCategory()), d.ev().incorporationDate(),
                new EvDetails.Superior(d.ev().superiorName(), d.ev().superiorTitle(), new PhoneNumber(d.ev().superiorPhone()),
                        new EmailAddress(d.ev().superiorEmail())));
        return new CertificateApplication(identifiers, csr, contact, organization, ev,
                d.verificationMethod() == null ? null : VerificationMethod.valueOf(d.verificationMethod()));
    }

    static List<DomainVerification> verifications(List<VerificationDoc> docs) {
        return docs.stream().map(CertificateDocumentMapper::verification).toList();
    }

    static List<ApplicationRound> history(List<RoundDoc> docs) {
        return docs.stream().map(d -> new ApplicationRound(d.number(), application(d.application()), d.submittedAt(),
                verifications(d.verifications()), d.endedAt(), RoundOutcome.valueOf(d.outcome()), d.cause())).toList();
    }

    static IssuedCertificate issued(IssuedDoc d) {
        return d == null ? null : new IssuedCertificate(d.serialHex(), d.notBefore(), d.notAfter());
    }

    static Revocation revocation(RevocationDoc d) {
        return d == null ? null : new Revocation(RevocationReason.valueOf(d.reason()), d.revokedAt());
    }

    private static ApplicationDoc application(CertificateApplication a) {
        if (a == null) {
            return null;
        }
        List<String> identifiers = a.identifiers().asList().stream().map(Identifier::value).toList();
        String kind;
        String keyAlgorithm = null;
        String pem = null;
        switch (a.csr()) {
            case CsrSource.Uploaded uploaded -> {
                kind = "UPLOADED";
                pem = uploaded.pem();
            }
            case CsrSource.SystemGenerated generated -> {
                kind = "SYSTEM_GENERATED";
                keyAlgorithm = generated.keyAlgorithm().name();
            }
        }
        Organization o = a.organization();
        EvDetails e = a.evDetails();
        return new ApplicationDoc(identifiers, kind, keyAlgorithm, pem, contact(a.contact()),
                o == null ? null : organization(o),
                e == null ? null : new EvDoc(e.jurisdictionCountry(), e.jurisdictionStateOrProvince(), e.jurisdictionLocality(),
                        e.businessCategory().name(), e.incorporationDate(), e.superior().name(), e.superior().title(),
                        e.superior().phone().value(), e.superior().email().value()),
                a.verificationMethod() == null ? null : a.verificationMethod().name());
    }

    public static ContactDoc contact(Contact c) {
        return new ContactDoc(c.name(), c.email().value(), c.phone().value());
    }

    public static Contact contact(ContactDoc d) {
        return new Contact(d.name(), new EmailAddress(d.email()), new PhoneNumber(d.phone()));
    }

    public static OrganizationDoc organization(Organization o) {
        return new OrganizationDoc(o.legalName(), o.registrationNumber(), o.companyType(), o.country(),
                o.stateOrProvince(), o.city(), o.streetAddress(), o.postalCode(), o.phone().value());
    }

    public static Organization organization(OrganizationDoc d) {
        return new Organization(d.legalName(), d.registrationNumber(), d.companyType(), d.country(), d.stateOrProvince(),
                d.city(), d.streetAddress(), d.postalCode(), new PhoneNumber(d.phone()));
    }

    private static VerificationDoc verification(DomainVerification v) {
        var evidence = v.evidence().map(e -> new EvidenceDoc(e.method().name(), e.validatedAt(), e.observed(), e.reusableUntil()))
                .orElse(null);
        return new VerificationDoc(v.identifier().value(), v.method().name(), v.token().value(), v.token().createdAt(),
                v.token().expiresAt(), v.attempts().stream()
                .map(a -> new AttemptDoc(a.at(), a.outcome().name(), a.message(), a.observed(), perspectives(a))).toList(),
                evidence);
    }

    private static DomainVerification verification(VerificationDoc d) {
        Identifier identifier = Identifier.restore(d.identifier());
        VerificationMethod method = VerificationMethod.valueOf(d.method());
        ValidationEvidence evidence = d.evidence() == null ? null : new ValidationEvidence(identifier,
                VerificationMethod.valueOf(d.evidence().method()), d.evidence().validatedAt(), d.evidence().observed(),
                d.evidence().reusableUntil());
        return DomainVerification.restore(identifier, method, new VerificationToken(d.token(), d.tokenCreatedAt(), d.tokenExpiresAt()),
                d.attempts().stream().map(a -> new VerificationAttempt(a.at(), VerificationOutcome.valueOf(a.outcome()),
                        a.message(), a.observed(), perspectives(a.perspectives()))).toList(), evidence);
    }

    private static List<PerspectiveDoc> perspectives(VerificationAttempt attempt) {
        return attempt.perspectives().isEmpty() ? null : attempt.perspectives().stream()
                .map(p -> new PerspectiveDoc(p.perspective(), p.region().name(), p.location(), p.outcome().name(), p.observed()))
                .toList();
    }

    private static List<PerspectiveResult> perspectives(List<PerspectiveDoc> docs) {
        return docs == null ? List.of() : docs.stream().map(d -> new PerspectiveResult(d.name(), RirRegion.valueOf(d.region()),
                d.location(), PerspectiveResult.Outcome.valueOf(d.outcome()), d.observed())).toList();
    }

    private static RoundDoc round(ApplicationRound r) {
        return new RoundDoc(r.number(), application(r.application()), r.submittedAt(),
                r.verifications().stream().map(CertificateDocumentMapper::verification).toList(), r.endedAt(),
                r.outcome().name(), r.cause());
    }
}
