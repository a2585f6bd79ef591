package org.certdesk.application.lifecycle;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.shared.NotPermittedException;

/** Use case: revoke an issued certificate with an RFC 5280 reason (BR 4.9.1.1, 7.2.2). */
public class RevokeCertificate {

    private final CertificateAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeCertificate(CertificateAccess access, Transactions transactions, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate revoke(Actor actor, CertificateId id, RevocationReason reason) {
        if (actor.role() == Role.REVIEWER) {
            throw new NotPermittedException("Certificates are revoked by their owner or a CA admin.");
        }
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            certificate.revoke(reason, clock.instant());
            return access.save(actor, certificate);
        });
    }
}
