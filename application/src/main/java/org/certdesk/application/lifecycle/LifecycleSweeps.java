package org.certdesk.application.lifecycle;

import java.time.Clock;
import java.time.Instant;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;

/**
 * Use case: the CA's scheduled housekeeping — OV/EV applications not issued within 30 days fail
 * with that cause; issued certificates past notAfter become Expired. One certificate per
 * transaction, so one conflict does not undo the rest.
 */
public class LifecycleSweeps {

    private static final int BATCH = 200;

    private final CertificateAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public LifecycleSweeps(CertificateAccess access, Transactions transactions, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public int failOverdueApplications() {
        Instant now = clock.instant();
        int failed = 0;
        for (Certificate candidate : access.repository().findVerifyingSubmittedBefore(now.minus(Certificate.REVIEW_DEADLINE), BATCH)) {
            failed += transactions.inTransaction(() -> {
                Certificate certificate = access.load(Actor.system(), candidate.id());
                if (certificate.failIfOverdue(now).isEmpty()) {
                    return 0;
                }
                access.save(Actor.system(), certificate);
                return 1;
            });
        }
        return failed;
    }

    public int markExpired() {
        Instant now = clock.instant();
        int expired = 0;
        for (Certificate candidate : access.repository().findIssuedExpiredBefore(now, BATCH)) {
            expired += transactions.inTransaction(() -> {
                Certificate certificate = access.load(Actor.system(), candidate.id());
                certificate.expire(now);
                access.save(Actor.system(), certificate);
                return 1;
            });
        }
        return expired;
    }
}
