package org.certdesk.domain.audit;

import java.time.LocalDate;

import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * What the admin searches the audit log for: any of a certificate, the username of who acted,
 * and a range of UTC days (both ends included). Empty criteria match everything; the newest
 * {@code limit} entries are returned.
 */
public record AuditQuery(CertificateId certificate, String actor, LocalDate from, LocalDate to, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        // A username is at most 63 characters: one more still matches nobody, and bounds the query.
        if (actor != null && actor.length() > UserAccount.MAX_USERNAME_LENGTH + 1) {
            actor = actor.substring(0, UserAccount.MAX_USERNAME_LENGTH + 1);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException(Refusal.of("audit.endBeforeStart"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException(Refusal.of("audit.limit", String.valueOf(MAX_LIMIT)));
        }
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, limit);
    }
}
