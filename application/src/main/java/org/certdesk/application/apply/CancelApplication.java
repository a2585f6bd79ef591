package org.certdesk.application.apply;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;

/** Use case: cancel an application before issuance; its data stays for editing (seed). */
public class CancelApplication {

    private final CertificateAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public CancelApplication(CertificateAccess access, Transactions transactions, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate cancel(Actor actor, CertificateId id) {
        actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            certificate.cancel(clock.instant());
            return access.save(actor, certificate);
        });
    }
}
