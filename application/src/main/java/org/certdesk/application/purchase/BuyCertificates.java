package org.certdesk.application.purchase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: the simulated purchase of certificate slots. Each slot becomes a certificate waiting
 * for its application ("Pending Application"). Only what the product catalogue sells can be
 * bought, and the seed's rule holds: a multi-domain wildcard or hybrid OV/EV certificate is not
 * bought, it is made by combining purchases.
 */
public class BuyCertificates {

    public static final int MAX_QUANTITY = 100;

    private final CertificateAccess access;
    private final ProductCatalogue catalogue;
    private final Transactions transactions;
    private final Clock clock;

    public BuyCertificates(CertificateAccess access, ProductCatalogue catalogue, Transactions transactions, Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Actor actor, String brand, ValidationType type, Coverage coverage, int nameSlots, int quantity) {
        public Command {
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new DomainException(Refusal.of("buy.quantity", String.valueOf(MAX_QUANTITY)));
            }
        }
    }

    /** The brands on sale now, with what each allows: what the Buy dialog offers. */
    public List<BrandOffer> offers(Actor actor) {
        actor.requireCustomerTenant();
        return catalogue.all().stream().filter(BrandOffer::enabled).toList();
    }

    public List<CertificateId> buy(Command command) {
        var tenant = command.actor().requireCustomerTenant();
        if (command.type() == null || command.coverage() == null) {
            throw new DomainException(Refusal.of("buy.chooseTypeAndCoverage"));
        }
        return transactions.inTransaction(() -> {
            BrandOffer offer = catalogue.find(command.brand() == null ? "" : command.brand())
                    .orElseThrow(() -> new DomainException(Refusal.of("buy.noSuchBrand", command.brand())));
            // The product's own rules first (EV never wildcard, ...), then what the brand sells.
            Product product = switch (command.coverage()) {
                case SINGLE -> Product.single(offer.brand(), command.type());
                case WILDCARD -> Product.wildcard(offer.brand(), command.type());
                case MULTI_DOMAIN -> Product.multiDomain(offer.brand(), command.type(), command.nameSlots());
            };
            offer.requireOffers(product.type(), product.coverage(), product.nameSlots());
            List<CertificateId> bought = new ArrayList<>();
            for (int i = 0; i < command.quantity(); i++) {
                Certificate slot = Certificate.purchase(tenant, product, clock.instant());
                Certificate saved = access.save(command.actor(), slot);
                access.audit(command.actor(), saved, "Certificate purchased", product.brand() + " " + product.type().displayName()
                        + " " + product.coverage());
                bought.add(saved.id());
            }
            return List.copyOf(bought);
        });
    }
}
