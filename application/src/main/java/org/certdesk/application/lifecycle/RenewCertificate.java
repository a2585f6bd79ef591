package org.certdesk.application.lifecycle;

import java.time.Clock;
import java.time.Instant;

import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.CertificateSuccessions.Succession;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.EvidenceReuses.ReusedBy;
import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.TokenSource;

/**
 * Use case: renew an issued (or expired) certificate: a new certificate of the same product,
 * its application prefilled from the old one and submitted at once; names whose validation
 * evidence is still within its BR 4.2.1 reuse period start verified. The two are linked, so
 * each one's details name the other, and the evidence ledger names the renewal as the reuser.
 */
public class RenewCertificate {

    private final CertificateAccess access;
    private final TokenSource tokens;
    private final ExpiryReminderLog reminders;
    private final CertificateSuccessions successions;
    private final EvidenceReuses evidenceReuses;
    private final IssuancePolicy policy;
    private final Transactions transactions;
    private final Clock clock;

    public RenewCertificate(CertificateAccess access, TokenSource tokens, ExpiryReminderLog reminders,
                            CertificateSuccessions successions, EvidenceReuses evidenceReuses, IssuancePolicy policy,
                            Transactions transactions, Clock clock) {
        this.access = access;
        this.tokens = tokens;
        this.reminders = reminders;
        this.successions = successions;
        this.evidenceReuses = evidenceReuses;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate renew(Actor actor, CertificateId id) {
        var tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            Certificate old = access.load(actor, id);
            Instant now = clock.instant();
            if (!old.allows(CertificateAction.RENEW, now)) {
                throw new DomainException(Refusal.of("renew.onlyIssuedOrExpired", old.status()));
            }
            Certificate renewal = Certificate.purchase(tenant, old.product(), now);
            var reusable = old.reusableEvidence(now);
            renewal.submit(old.application().orElseThrow(), reusable, tokens, policy, now);
            Certificate saved = access.save(actor, renewal);
            // What submit took over (BR 4.2.1): the evidence now satisfying one of the renewal's names.
            reusable.stream().filter(e -> saved.verifications().stream()
                            .anyMatch(v -> v.evidence().filter(e::equals).isPresent()))
                    .forEach(e -> evidenceReuses.record(tenant, e, ReusedBy.certificate(saved.id()), now));
            access.audit(actor, old, "Certificate renewed", "renewal is certificate " + saved.id().value());
            successions.record(new Succession(old.id(), saved.id(), CertificateSuccessions.Kind.RENEWAL, now));
            // The old certificate stays Issued until it expires, but its owner has acted: no more reminders.
            old.issued().ifPresent(issued -> reminders.stop(old.id(), issued.notAfter(), now));
            return saved;
        });
    }
}
