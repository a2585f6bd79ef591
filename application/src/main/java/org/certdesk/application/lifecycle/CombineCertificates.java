package org.certdesk.application.lifecycle;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.CombinePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: combine several purchased OV/EV certificates of the same brand and type into one
 * multi-domain (wildcard or hybrid) certificate, which cannot be bought directly (seed). Only
 * slots still waiting for their first application can be combined; they are replaced by the
 * combined one, all in one transaction, and the audit log says which became which.
 */
public class CombineCertificates {

    private final CertificateAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public CombineCertificates(CertificateAccess access, Transactions transactions, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate combine(Actor actor, List<CertificateId> ids) {
        actor.requireCustomerTenant();
        List<CertificateId> distinct = List.copyOf(new LinkedHashSet<>(ids));
        return transactions.inTransaction(() -> {
            List<Certificate> parts = distinct.stream().map(id -> access.load(actor, id)).toList();
            for (Certificate part : parts) {
                if (part.status() != CertificateStatus.PENDING_APPLICATION || part.round() > 0) {
                    throw new DomainException(Refusal.of("combine.alreadyApplied", String.valueOf(part.id().value())));
                }
            }
            Certificate combined = access.save(actor, CombinePolicy.combine(parts, clock.instant()));
            for (Certificate part : parts) {
                access.audit(actor, part, "Combined", "into certificate " + combined.id().value());
                access.repository().deleteUnused(part);
            }
            access.audit(actor, combined, "Certificate purchased", "combined from " + distinct.stream()
                    .map(id -> "#" + id.value()).reduce((a, b) -> a + ", " + b).orElse(""));
            return combined;
        });
    }
}
