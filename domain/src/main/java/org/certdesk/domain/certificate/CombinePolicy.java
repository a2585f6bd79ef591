package org.certdesk.domain.certificate;

import java.util.List;
import org.certdesk.domain.shared.DomainException;

/**
 * Seed, "Combine certificates": a multi-domain wildcard or hybrid OV/EV certificate cannot be
 * bought directly; several purchased, not yet applied-for certificates of the same brand and
 * validation type combine into one multi-domain product with all their name slots.
 */
public final class CombinePolicy {

    private CombinePolicy() {
    }

    public static Product combinedProduct(List<Certificate> certificates) {
        if (certificates == null || certificates.size() < 2) {
            throw new DomainException("Choose at least two certificates to combine.");
        }
        Certificate first = certificates.get(0);
        Product reference = first.product();
        if (!reference.type().validatesOrganization()) {
            throw new DomainException("Only OV and EV certificates can be combined.");
        }
        int slots = 0;
        for (Certificate certificate : certificates) {
            Product product = certificate.product();
            if (!certificate.tenant().equals(first.tenant())) {
                throw new DomainException("Certificates of different accounts cannot be combined.");
            }
            if (certificate.status() != CertificateStatus.PENDING_APPLICATION) {
                throw new DomainException("Only certificates waiting for an application can be combined; one is "
                        + certificate.status().displayName() + ".");
            }
            if (!product.brand().equals(reference.brand())) {
                throw new DomainException("Certificates of different brands cannot be combined ("
                        + reference.brand() + " and " + product.brand() + ").");
            }
            if (product.type() != reference.type()) {
                throw new DomainException("Certificates of different validation types cannot be combined ("
                        + reference.type() + " and " + product.type() + ").");
            }
            slots += product.nameSlots();
        }
        return new Product(reference.brand(), reference.type(), Coverage.MULTI_DOMAIN, slots, true);
    }

    /** The new certificate the combined purchases become; the caller retires the originals. */
    public static Certificate combine(List<Certificate> certificates, java.time.Instant now) {
        Product product = combinedProduct(certificates);
        return Certificate.purchase(certificates.get(0).tenant(), product, now);
    }
}
