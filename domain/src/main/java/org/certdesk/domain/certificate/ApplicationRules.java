package org.certdesk.domain.certificate;

import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;

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
            throw new DomainException("This certificate covers " + product.nameSlots() + " name"
                    + (product.nameSlots() == 1 ? "" : "s") + "; " + count + " were given.");
        }
        for (Identifier identifier : application.identifiers()) {
            checkName(product, identifier);
        }
    }

    private static void checkName(Product product, Identifier identifier) {
        String shown = "'" + identifier.display() + "'";
        if (identifier instanceof IpAddress) {
            if (product.type() == ValidationType.EV) {
                // EV Guidelines 9.2.1: EV certificates carry domain names only
                throw new DomainException(shown + " is an IP address; IP addresses are allowed only on DV and OV certificates.");
            }
            if (product.coverage() == Coverage.WILDCARD) {
                throw new DomainException(shown + " is an IP address; a wildcard certificate needs a wildcard name.");
            }
            return;
        }
        if (identifier.isWildcard()) {
            if (product.type() == ValidationType.EV) {
                throw new DomainException(shown + " is a wildcard; EV certificates never cover wildcard names.");
            }
            if (!product.allowsWildcardAmongNames()) {
                throw new DomainException(shown + " is a wildcard, which this " + product.coverage().displayName().toLowerCase()
                        + " " + product.type() + " certificate does not cover."
                        + (product.coverage() == Coverage.MULTI_DOMAIN ? " Combine certificates to get a multi-domain wildcard." : ""));
            }
        } else if (product.coverage() == Coverage.WILDCARD) {
            throw new DomainException(shown + " is not a wildcard name; a wildcard certificate covers a name like '*.example.com'.");
        }
    }

    private static void checkDetails(Product product, CertificateApplication application) {
        if (product.type() == ValidationType.DV && application.verificationMethod() == null) {
            throw new DomainException("Choose a domain verification method: DNS TXT record or file.");
        }
        if (product.type().validatesOrganization() && application.organization() == null) {
            throw new DomainException("An " + product.type() + " certificate needs the organization's details.");
        }
        if (product.type() == ValidationType.EV && application.evDetails() == null) {
            throw new DomainException("An EV certificate needs the jurisdiction, business category, incorporation date and superior.");
        }
    }
}
