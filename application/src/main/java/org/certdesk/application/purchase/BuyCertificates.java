package org.certdesk.application.purchase;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;

/**
 * Use case: the simulated purchase of certificate slots. Each slot becomes a certificate waiting
 * for its application ("Pending Application"). The seed's rule holds: a multi-domain wildcard or
 * hybrid OV/EV certificate is not bought, it is made by combining purchases.
 */
public class BuyCertificates {

    public static final int MAX_QUANTITY = 100;

    private final CertificateAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public BuyCertificates(CertificateAccess access, Transactions transactions, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Actor actor, String brand, ValidationType type, Coverage coverage, int nameSlots, int quantity) {
        public Command {
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                throw new DomainException("Buy between 1 and " + MAX_QUANTITY + " certificates at a time.");
            }
        }
    }

    public List<CertificateId> buy(Command command) {
        var tenant = command.actor().requireCustomerTenant();
        Product product = switch (command.coverage()) {
            case SINGLE -> Product.single(command.brand(), command.type());
            case WILDCARD -> Product.wildcard(command.brand(), command.type());
            case MULTI_DOMAIN -> Product.multiDomain(command.brand(), command.type(), command.nameSlots());
        };
        return transactions.inTransaction(() -> {
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
