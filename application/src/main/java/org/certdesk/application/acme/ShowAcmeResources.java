package org.certdesk.application.acme;

import java.time.Clock;

import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.application.port.IssuedCertificateChains.IssuedChain;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizationId;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeOrderId;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;

/**
 * Use case: what an ACME client reads with POST-as-GET (RFC 8555 6.3): its orders (brought up
 * to date with their authorizations first), authorizations and certificates. Another tenant's
 * resources look exactly like missing ones.
 */
public class ShowAcmeResources {

    private final AcmeOrders orders;
    private final AcmeAuthorizations authorizations;
    private final Certificates certificates;
    private final IssuedCertificateChains chains;
    private final Transactions transactions;
    private final Clock clock;

    public ShowAcmeResources(AcmeOrders orders, AcmeAuthorizations authorizations, Certificates certificates,
                             IssuedCertificateChains chains, Transactions transactions, Clock clock) {
        this.orders = orders;
        this.authorizations = authorizations;
        this.certificates = certificates;
        this.chains = chains;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AcmeOrder order(AcmeAccount account, long orderId) {
        return transactions.inTransaction(() -> refreshed(orders, authorizations, ownOrder(orders, account, orderId), clock));
    }

    public AcmeAuthorization authorization(AcmeAccount account, long authorizationId) {
        return transactions.inTransaction(() -> ownAuthorization(authorizations, account, authorizationId));
    }

    /** The certificate and its issuing CA in PEM (RFC 8555 7.4.2). */
    public IssuedChain certificate(AcmeAccount account, long certificateId) {
        return transactions.inTransaction(() -> {
            var certificate = (certificateId > 0 ? certificates.findById(account.tenant(), CertificateId.of(certificateId))
                    : java.util.Optional.<org.certdesk.domain.certificate.Certificate>empty())
                    .flatMap(c -> c.issued())
                    .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "No certificate " + certificateId + "."));
            return chains.bySerial(certificate.serialHex())
                    .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "No certificate " + certificateId + "."));
        });
    }

    static AcmeOrder ownOrder(AcmeOrders orders, AcmeAccount account, long orderId) {
        return (orderId > 0 ? orders.find(new AcmeOrderId(orderId)) : java.util.Optional.<AcmeOrder>empty())
                .filter(o -> o.account().equals(account.id()))
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "No order " + orderId + " of this account."));
    }

    static AcmeAuthorization ownAuthorization(AcmeAuthorizations authorizations, AcmeAccount account, long authorizationId) {
        return (authorizationId > 0 ? authorizations.find(new AcmeAuthorizationId(authorizationId))
                : java.util.Optional.<AcmeAuthorization>empty())
                .filter(a -> a.tenant().equals(account.tenant()))
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "No authorization " + authorizationId + "."));
    }

    /** Saves the order only when its status moved, so polling writes nothing most of the time. */
    static AcmeOrder refreshed(AcmeOrders orders, AcmeAuthorizations authorizations, AcmeOrder order, Clock clock) {
        boolean changed = order.refresh(authorizations.findAll(order.authorizations()), clock.instant());
        return changed ? orders.save(order) : order;
    }
}
