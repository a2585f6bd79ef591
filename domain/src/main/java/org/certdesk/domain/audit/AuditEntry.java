package org.certdesk.domain.audit;

import java.time.Instant;
import java.util.Objects;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;

/** One line of the audit log: who did what to which certificate, when, and the status before and after. */
public record AuditEntry(Instant at, String actor, String actorRole, TenantId tenant, CertificateId certificate,
                         String action, CertificateStatus before, CertificateStatus after, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }

    public static AuditEntry of(Actor actor, Instant at, TenantId tenant, CertificateId certificate, String action,
                                CertificateStatus before, CertificateStatus after, String detail) {
        return new AuditEntry(at, actor.username(), actor.role().name(), tenant, certificate, action, before, after, detail);
    }
}
