package org.certdesk.application.acme;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;

/**
 * Use case: a client gives up an authorization (RFC 8555 7.5.2), e.g. when it lost control of
 * the name; later orders of the tenant then validate the name afresh.
 */
public class DeactivateAcmeAuthorization {

    private final AcmeAuthorizations authorizations;
    private final Transactions transactions;
    private final Clock clock;

    public DeactivateAcmeAuthorization(AcmeAuthorizations authorizations, Transactions transactions, Clock clock) {
        this.authorizations = authorizations;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AcmeAuthorization deactivate(AcmeAccount account, long authorizationId) {
        account.requireValid();
        return transactions.inTransaction(() -> {
            AcmeAuthorization authorization = ShowAcmeResources.ownAuthorization(authorizations, account, authorizationId);
            if (!authorization.account().equals(account.id())) {
                throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "This authorization belongs to another ACME account.");
            }
            authorization.deactivate(clock.instant());
            return authorizations.save(authorization);
        });
    }
}
