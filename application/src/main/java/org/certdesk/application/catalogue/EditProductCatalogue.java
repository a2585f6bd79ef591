package org.certdesk.application.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.NotPermittedException;

/**
 * Use case: the CA admin keeps the product catalogue: adds a brand, sets which validation types
 * and coverages it sells (and the most names of a multi-domain certificate), disables or enables
 * it. Certificates already bought keep their product. Every change is audited.
 */
public class EditProductCatalogue {

    private final ProductCatalogue catalogue;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public EditProductCatalogue(ProductCatalogue catalogue, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.catalogue = catalogue;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<BrandOffer> brands(Actor actor) {
        requireAdmin(actor);
        return catalogue.all();
    }

    public BrandOffer addBrand(Actor actor, String brand) {
        requireAdmin(actor);
        BrandOffer offer = BrandOffer.newBrand(brand);
        return transactions.inTransaction(() -> {
            if (catalogue.find(offer.brand()).isPresent()) {
                throw new DomainException(Refusal.of("catalogue.brandExists", offer.brand(), FieldName.of("brand")));
            }
            return audited(actor, "Product brand added", catalogue.save(offer));
        });
    }

    public BrandOffer changeAllowances(Actor actor, String brand, Set<ValidationType> types, Set<Coverage> coverages,
                                       int maxNameSlots) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> audited(actor, "Product brand changed",
                catalogue.save(load(brand).withAllowances(types, coverages, maxNameSlots))));
    }

    public BrandOffer setEnabled(Actor actor, String brand, boolean enabled) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> audited(actor, enabled ? "Product brand enabled" : "Product brand disabled",
                catalogue.save(load(brand).withEnabled(enabled))));
    }

    private BrandOffer load(String brand) {
        return catalogue.find(brand).orElseThrow(() -> new NotFoundException(Refusal.of("catalogue.noBrand", brand)));
    }

    private BrandOffer audited(Actor actor, String action, BrandOffer offer) {
        auditLog.record(AuditEntry.of(actor, clock.instant(), null, null, action, null, null,
                offer.brand() + ": " + offer.types() + " " + offer.coverages() + ", up to " + offer.maxNameSlots() + " names"
                        + (offer.enabled() ? "" : ", disabled")));
        return offer;
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN || actor.account() == null) {
            throw new NotPermittedException(Refusal.of("permission.catalogue"));
        }
    }
}
