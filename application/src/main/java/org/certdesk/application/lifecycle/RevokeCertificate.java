package org.certdesk.application.lifecycle;

import java.time.Clock;
import java.time.Instant;

import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: revoke an issued certificate with an RFC 5280 reason (BR 4.9.1.1, 7.2.2). The CA
 * records the revocation in the same transaction, so the certificate is never shown as revoked
 * while its CRL still omits it, nor listed on a CRL while the console still shows it issued.
 */
public class RevokeCertificate {

    private final CertificateAccess access;
    private final RevocationRegistry registry;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeCertificate(CertificateAccess access, RevocationRegistry registry, Transactions transactions, Clock clock) {
        this.access = access;
        this.registry = registry;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate revoke(Actor actor, CertificateId id, RevocationReason reason) {
        if (actor.role() == Role.REVIEWER) {
            throw new NotPermittedException(Refusal.of("permission.revoke"));
        }
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            Instant now = clock.instant();
            certificate.revoke(reason, now);
            Certificate saved = access.save(actor, certificate);
            registry.revoked(certificate.issued().orElseThrow().serialHex(), reason, now);
            return saved;
        });
    }
}
