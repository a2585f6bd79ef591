package org.certdesk.domain.certificate;

import java.util.List;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

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
            throw new DomainException(Refusal.of("combine.atLeastTwo"));
        }
        Certificate first = certificates.get(0);
        Product reference = first.product();
        if (!reference.type().validatesOrganization()) {
            throw new DomainException(Refusal.of("combine.onlyOvEv"));
        }
        int slots = 0;
        for (Certificate certificate : certificates) {
            Product product = certificate.product();
            if (!certificate.tenant().equals(first.tenant())) {
                throw new DomainException(Refusal.of("combine.differentAccounts"));
            }
            if (certificate.status() != CertificateStatus.PENDING_APPLICATION) {
                throw new DomainException(Refusal.of("combine.onlyPending", certificate.status()));
            }
            if (!product.brand().equals(reference.brand())) {
                throw new DomainException(Refusal.of("combine.differentBrands", reference.brand(), product.brand()));
            }
            if (product.type() != reference.type()) {
                throw new DomainException(Refusal.of("combine.differentTypes", reference.type(), product.type()));
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
