package org.certdesk.domain.certificate;

import java.util.Optional;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * What the customer filled in on the Apply panel. Organization and EV details are null when
 * not given; whether they are needed is the product's question, answered by
 * {@link ApplicationRules}.
 */
public record CertificateApplication(Identifiers identifiers, CsrSource csr, Contact contact,
                                     Organization organization, EvDetails evDetails,
                                     VerificationMethod verificationMethod) {

    public CertificateApplication {
        if (identifiers == null) {
            throw new DomainException(Refusal.of("identifiers.required", FieldName.NAMES));
        }
        if (csr == null) {
            throw new DomainException(Refusal.of("csr.chooseMethod", FieldName.of("csrMethod")));
        }
        if (contact == null) {
            throw new DomainException(Refusal.of("contact.required"));
        }
    }

    public Optional<Organization> organizationIfGiven() {
        return Optional.ofNullable(organization);
    }

    public Optional<EvDetails> evDetailsIfGiven() {
        return Optional.ofNullable(evDetails);
    }

    public CertificateApplication withIdentifiers(Identifiers replacement) {
        return new CertificateApplication(replacement, csr, contact, organization, evDetails, verificationMethod);
    }

    public CertificateApplication withOrganization(Organization replacement) {
        return new CertificateApplication(identifiers, csr, contact, replacement, evDetails, verificationMethod);
    }

    public CertificateApplication withVerificationMethod(VerificationMethod replacement) {
        return new CertificateApplication(identifiers, csr, contact, organization, evDetails, replacement);
    }

    public CertificateApplication withCsr(CsrSource replacement) {
        return new CertificateApplication(identifiers, replacement, contact, organization, evDetails, verificationMethod);
    }

    public CertificateApplication withEvDetails(EvDetails replacement) {
        return new CertificateApplication(identifiers, csr, contact, organization, replacement, verificationMethod);
    }
}
