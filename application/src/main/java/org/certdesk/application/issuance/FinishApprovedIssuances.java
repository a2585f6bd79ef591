package org.certdesk.application.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.shared.DomainException;

/**
 * Use case: the restart sweep. Approvals still open when the process died (or when the database
 * went away between approval and issuance) are finished here, as the system actor, at startup and
 * on every scheduled sweep. The entry is marked resumed first, so the customer's Progress log says
 * "Issuance resumed after an interruption". An approval younger than {@link #GRACE} is left to the
 * approval's own issuance, which may still be running; the lock in IssueApprovedCertificate would
 * keep the two apart anyway, the grace only spares the log a false "resumed".
 */
public class FinishApprovedIssuances {

    static final Duration GRACE = Duration.ofMinutes(1);
    private static final int BATCH = 200;
    private static final System.Logger LOG = System.getLogger(FinishApprovedIssuances.class.getName());

    private final ApprovedIssuances approvals;
    private final IssueApprovedCertificate issueApproved;
    private final Transactions transactions;
    private final Clock clock;

    public FinishApprovedIssuances(ApprovedIssuances approvals, IssueApprovedCertificate issueApproved, Transactions transactions,
                                   Clock clock) {
        this.approvals = approvals;
        this.issueApproved = issueApproved;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** At startup: every open approval is older than this process, none is being issued. */
    public int finishAfterRestart() {
        return finish(clock.instant());
    }

    /** On the scheduled sweep: approvals left open longer than the grace period. */
    public int finishOverdue() {
        return finish(clock.instant().minus(GRACE));
    }

    /** Batch after batch while a full batch made progress, so a thousand open approvals all go in one run. */
    private int finish(Instant approvedBefore) {
        int total = 0;
        List<ApprovedIssuances.Open> batch;
        int issued;
        do {
            batch = transactions.inTransaction(() -> approvals.openBefore(approvedBefore, BATCH));
            issued = finish(batch);
            total += issued;
        } while (batch.size() == BATCH && issued > 0);
        return total;
    }

    private int finish(List<ApprovedIssuances.Open> batch) {
        int issued = 0;
        for (ApprovedIssuances.Open open : batch) {
            try {
                transactions.inTransaction(() -> approvals.markResumed(open.certificate(), open.round(), clock.instant()));
                if (issueApproved.issue(Actor.system(), open.certificate(), open.round()).isPresent()) {
                    issued++;
                }
            } catch (DomainException refusedOrChangedMeanwhile) {
                // Another issuer won the race, or the CA refused: the entry says which on the next run.
                LOG.log(System.Logger.Level.INFO, "Approved issuance of certificate " + open.certificate().value() + " not finished: "
                        + refusedOrChangedMeanwhile.getMessage());
            } catch (RuntimeException failed) {
                // One unreadable row or a passing outage must not keep every other approval waiting.
                LOG.log(System.Logger.Level.WARNING, "Approved issuance of certificate " + open.certificate().value() + " failed", failed);
            }
        }
        return issued;
    }
}
