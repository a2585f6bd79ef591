package org.certdesk.domain.certificate;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * What was bought: brand, validation type, coverage and the number of name slots. combined marks
 * a multi-domain product made by combining purchases, the only way to get an OV/EV multi-domain
 * wildcard or hybrid certificate (seed: "Combine certificates").
 */
public record Product(String brand, ValidationType type, Coverage coverage, int nameSlots, boolean combined) {

    public Product {
        if (brand == null || brand.isBlank()) {
            throw new DomainException(Refusal.of("product.brandRequired"));
        }
        if (type == null || coverage == null) {
            throw new DomainException(Refusal.of("product.typeAndCoverageRequired"));
        }
        if (coverage != Coverage.MULTI_DOMAIN && nameSlots != 1) {
            throw new DomainException(Refusal.of("product.exactlyOneName", coverage));
        }
        if (coverage == Coverage.MULTI_DOMAIN && nameSlots < 2) {
            throw new DomainException(Refusal.of("product.atLeastTwoNames"));
        }
        // EV Guidelines 9.8.1: wildcard certificates are not allowed for EV
        if (type == ValidationType.EV && coverage == Coverage.WILDCARD) {
            throw new DomainException(Refusal.of("product.evNoWildcard"));
        }
        if (combined && (coverage != Coverage.MULTI_DOMAIN || type == ValidationType.DV)) {
            throw new DomainException(Refusal.of("product.combinedOnlyOvEv"));
        }
    }

    public static Product single(String brand, ValidationType type) {
        return new Product(brand, type, Coverage.SINGLE, 1, false);
    }

    public static Product wildcard(String brand, ValidationType type) {
        return new Product(brand, type, Coverage.WILDCARD, 1, false);
    }

    public static Product multiDomain(String brand, ValidationType type, int nameSlots) {
        return new Product(brand, type, Coverage.MULTI_DOMAIN, nameSlots, false);
    }

    /** Whether a multi-domain application may mix in wildcard names (DV always; OV only when combined). */
    public boolean allowsWildcardAmongNames() {
        return switch (coverage) {
            case SINGLE -> false;
            case WILDCARD -> true;
            case MULTI_DOMAIN -> type == ValidationType.DV || (combined && type == ValidationType.OV);
        };
    }
}
