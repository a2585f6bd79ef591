package org.certdesk.application.support;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateEvent;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/**
 * Loading and saving certificates for use cases: a customer reaches only its own tenant's
 * certificates (another tenant's look exactly like missing ones), staff reach any; every event
 * the aggregate recorded becomes an audit entry in the same transaction as the save, and the
 * mail it calls for goes to the application's contact once that transaction has committed (a
 * later step that fails rolls the change back, and then nobody is told it happened).
 */
public class CertificateAccess {

    private final Certificates certificates;
    private final AuditLog auditLog;
    private final EventMail mail;
    private final Transactions transactions;
    private final Clock clock;

    public CertificateAccess(Certificates certificates, AuditLog auditLog, EventMail mail, Transactions transactions, Clock clock) {
        this.certificates = certificates;
        this.auditLog = auditLog;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate load(Actor actor, CertificateId id) {
        var found = actor.role() == Role.CUSTOMER
                ? certificates.findById(actor.tenant(), id)
                : certificates.findAnyById(id);
        return found.orElseThrow(() -> new NotFoundException(Refusal.of("certificate.notFound", String.valueOf(id.value()))));
    }

    /** Saves (optimistic lock: a concurrent change refuses the whole save), audits its events, mails them after commit. */
    public Certificate save(Actor actor, Certificate certificate) {
        var events = certificate.recordedEvents();
        Certificate saved = certificates.save(certificate);
        for (CertificateEvent event : events) {
            auditLog.record(AuditEntry.of(actor, event.at(), saved.tenant(), saved.id(), AuditActions.nameOf(event),
                    event.before(), event.after(), AuditActions.detailOf(event)));
            transactions.afterCommit(saved.id(), mail.mailsFor(saved, event));
        }
        return saved;
    }

    /** For actions that change no status but belong in the log (emails sent, calls recorded). */
    public void audit(Actor actor, Certificate certificate, String action, String detail) {
        auditLog.record(AuditEntry.of(actor, clock.instant(), certificate.tenant(), certificate.id(), action,
                certificate.status(), certificate.status(), detail));
    }

    public Certificates repository() {
        return certificates;
    }
}
