package org.certdesk.domain.certificate;

import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.VerificationMethod;

/** Whether an application fits what was bought: the seed's and SPEC.md's rules in one place. */
public final class ApplicationRules {

    private ApplicationRules() {
    }

    public static void check(Product product, CertificateApplication application, IssuancePolicy policy) {
        checkNames(product, application);
        checkDetails(product, application);
        if (application.csr() instanceof CsrSource.SystemGenerated system) {
            policy.checkKey(system.keyAlgorithm());
        }
    }

    private static void checkNames(Product product, CertificateApplication application) {
        int count = application.identifiers().size();
        if (count > product.nameSlots()) {
            throw new DomainException(Refusal.of("rules.tooManyNames", product.nameSlots(), count, FieldName.NAMES));
        }
        for (Identifier identifier : application.identifiers()) {
            checkName(product, identifier);
        }
    }

    private static void checkName(Product product, Identifier identifier) {
        String shown = identifier.display();
        if (identifier instanceof IpAddress) {
            if (product.type() == ValidationType.EV) {
                // EV Guidelines 9.2.1: EV certificates carry domain names only
                throw new DomainException(Refusal.of("rules.ipOnEv", shown, FieldName.NAMES));
            }
            if (product.coverage() == Coverage.WILDCARD) {
                throw new DomainException(Refusal.of("rules.ipOnWildcard", shown, FieldName.NAMES));
            }
            return;
        }
        if (identifier.isWildcard()) {
            if (product.type() == ValidationType.EV) {
                throw new DomainException(Refusal.of("rules.wildcardOnEv", shown, FieldName.NAMES));
            }
            if (!product.allowsWildcardAmongNames()) {
                throw new DomainException(Refusal.of(product.coverage() == Coverage.MULTI_DOMAIN
                        ? "rules.wildcardNotCoveredCombine" : "rules.wildcardNotCovered", shown, product.coverage(), product.type(), FieldName.NAMES));
            }
        } else if (product.coverage() == Coverage.WILDCARD) {
            throw new DomainException(Refusal.of("rules.notWildcard", shown, FieldName.NAMES));
        }
    }

    private static void checkDetails(Product product, CertificateApplication application) {
        if (product.type() == ValidationType.DV && application.verificationMethod() == null) {
            throw new DomainException(Refusal.of("rules.chooseVerificationMethod"));
        }
        checkFileMethodSuitsNames(application);
        if (product.type().validatesOrganization() && application.organization() == null) {
            throw new DomainException(Refusal.of("rules.organizationRequired", product.type()));
        }
        if (product.type() == ValidationType.EV && application.evDetails() == null) {
            throw new DomainException(Refusal.of("rules.evDetailsRequired"));
        }
    }

    /**
     * BR 3.2.2.4.18: the file method "is NOT suitable for validating Wildcard Domain Names". Refused
     * at the method's field rather than quietly replaced by DNS, so the customer knows what to publish.
     */
    private static void checkFileMethodSuitsNames(CertificateApplication application) {
        if (application.verificationMethod() != VerificationMethod.FILE) {
            return;
        }
        for (Identifier identifier : application.identifiers()) {
            if (identifier.isWildcard()) {
                throw new DomainException(Refusal.of("rules.fileMethodNotForWildcard", identifier.display(),
                        FieldName.VERIFICATION_METHOD));
            }
        }
    }
}
