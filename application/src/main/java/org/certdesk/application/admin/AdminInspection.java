package org.certdesk.application.admin;

import java.util.List;

import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: what the CA admin inspects read-only: the embedded outbox (so a demo can click the
 * links the console mailed) and the audit trail of one certificate. Admins only.
 */
public class AdminInspection {

    public static final int OUTBOX_LIMIT = 200;

    private final CapturedMail capturedMail;
    private final AuditLog auditLog;

    public AdminInspection(CapturedMail capturedMail, AuditLog auditLog) {
        this.capturedMail = capturedMail;
        this.auditLog = auditLog;
    }

    public List<CapturedMessage> outbox(Actor actor) {
        requireAdmin(actor);
        return capturedMail.recent(OUTBOX_LIMIT);
    }

    public boolean capturing(Actor actor) {
        requireAdmin(actor);
        return capturedMail.capturing();
    }

    public List<AuditEntry> auditTrail(Actor actor, CertificateId certificate) {
        requireAdmin(actor);
        return auditLog.forCertificate(certificate);
    }

    /** The audit log searched by certificate, user and days, newest first. */
    public List<AuditEntry> searchAudit(Actor actor, AuditQuery query) {
        requireAdmin(actor);
        return auditLog.search(query);
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN || actor.account() == null) {
            throw new NotPermittedException(Refusal.of("permission.adminOnly"));
        }
    }
}
