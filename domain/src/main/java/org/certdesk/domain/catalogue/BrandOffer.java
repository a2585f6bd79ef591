package org.certdesk.domain.catalogue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * One brand of the CA's product catalogue and what a customer may buy of it: which validation
 * types, which coverages, and up to how many names a multi-domain certificate has. A disabled
 * brand is no longer sold; certificates bought before keep it. The rules of {@code Product}
 * (EV never wildcard, ...) hold on top of what a brand offers.
 */
public record BrandOffer(String brand, boolean enabled, Set<ValidationType> types, Set<Coverage> coverages, int maxNameSlots,
                         long version) {

    /** What a certificate row keeps of its brand (certificate.brand is VARCHAR(64)): a longer brand could not be bought. */
    public static final int MAX_BRAND_LENGTH = 64;
    /** The most names one multi-domain certificate may carry in this console. */
    public static final int MAX_NAME_SLOTS = 250;

    public BrandOffer {
        if (brand == null || brand.isBlank()) {
            throw new DomainException(Refusal.of("catalogue.brandRequired", FieldName.of("brand")));
        }
        brand = brand.strip();
        if (brand.length() > MAX_BRAND_LENGTH) {
            throw new DomainException(Refusal.of("catalogue.brandTooLong", String.valueOf(MAX_BRAND_LENGTH), FieldName.of("brand")));
        }
        if (types == null || types.isEmpty()) {
            throw new DomainException(Refusal.of("catalogue.typeRequired"));
        }
        if (coverages == null || coverages.isEmpty()) {
            throw new DomainException(Refusal.of("catalogue.coverageRequired"));
        }
        if (maxNameSlots < 2 || maxNameSlots > MAX_NAME_SLOTS) {
            throw new DomainException(Refusal.of("catalogue.nameSlots", String.valueOf(MAX_NAME_SLOTS)));
        }
        types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        coverages = Collections.unmodifiableSet(EnumSet.copyOf(coverages));
    }

    /** A new brand offers everything until the admin narrows it. */
    public static BrandOffer newBrand(String brand) {
        return new BrandOffer(brand, true, EnumSet.allOf(ValidationType.class), EnumSet.allOf(Coverage.class), MAX_NAME_SLOTS, 0);
    }

    public BrandOffer withEnabled(boolean nowEnabled) {
        return new BrandOffer(brand, nowEnabled, types, coverages, maxNameSlots, version);
    }

    public BrandOffer withAllowances(Set<ValidationType> newTypes, Set<Coverage> newCoverages, int newMaxNameSlots) {
        return new BrandOffer(brand, enabled, newTypes, newCoverages, newMaxNameSlots, version);
    }

    /** The coverages on sale for a validation type: EV never covers wildcard names (EV Guidelines 9.8.1). */
    public Set<Coverage> coveragesFor(ValidationType type) {
        if (!types.contains(type)) {
            return Set.of();
        }
        EnumSet<Coverage> offered = EnumSet.copyOf(coverages);
        if (type == ValidationType.EV) {
            offered.remove(Coverage.WILDCARD);
        }
        return Collections.unmodifiableSet(offered);
    }

    /** Refuses, with the reason, what this brand does not sell. */
    public void requireOffers(ValidationType type, Coverage coverage, int nameSlots) {
        if (!enabled) {
            throw new DomainException(Refusal.of("catalogue.notSold", brand));
        }
        if (!types.contains(type)) {
            throw new DomainException(Refusal.of("catalogue.typeNotOffered", brand, type));
        }
        if (!coverages.contains(coverage)) {
            throw new DomainException(Refusal.of("catalogue.coverageNotOffered", brand, coverage));
        }
        if (coverage == Coverage.MULTI_DOMAIN && nameSlots > maxNameSlots) {
            throw new DomainException(Refusal.of("catalogue.tooManyNames", brand, String.valueOf(maxNameSlots)));
        }
    }
}
