package org.certdesk.application.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.certdesk.application.port.EmailConfirmations;
import org.certdesk.application.port.EmailConfirmations.PendingConfirmation;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;

/**
 * Use case: the applicant opens the link of a verification email (no sign-in: the link itself
 * is the proof of control of the mailbox). The link works once, within its lifetime, for the
 * round it was sent in. The confirmation is recorded by the CA's automation (Actor.system()),
 * with the confirming address in the audit detail.
 */
public class ConfirmVerificationEmail {

    public enum Result { CONFIRMED, EXPIRED, ALREADY_USED, REPLACED, NO_LONGER_UNDER_REVIEW, UNKNOWN }

    private final EmailConfirmations confirmations;
    private final ReviewerActions reviewerActions;
    private final CertificateAccess access;
    private final Transactions transactions;
    private final Clock clock;

    public ConfirmVerificationEmail(EmailConfirmations confirmations, ReviewerActions reviewerActions, CertificateAccess access,
                                    Transactions transactions, Clock clock) {
        this.confirmations = confirmations;
        this.reviewerActions = reviewerActions;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result confirm(String token) {
        if (!ConfirmationLinks.looksLikeToken(token)) {
            return Result.UNKNOWN;
        }
        String hash = ConfirmationLinks.hash(token);
        return transactions.inTransaction(() -> {
            Optional<PendingConfirmation> found = confirmations.findByHash(hash);
            if (found.isEmpty()) {
                return Result.UNKNOWN;
            }
            PendingConfirmation link = found.get();
            Instant now = clock.instant();
            if (link.usedAt() != null) {
                return Result.ALREADY_USED;
            }
            if (link.supersededAt() != null) {
                return Result.REPLACED;
            }
            if (!now.isBefore(link.expiresAt())) {
                return Result.EXPIRED;
            }
            Actor automation = Actor.system();
            Certificate certificate = access.load(automation, link.certificate());
            if (certificate.status() != CertificateStatus.VERIFYING || certificate.round() != link.round()) {
                return Result.NO_LONGER_UNDER_REVIEW;
            }
            // The conditional update is the single-use guard: of two simultaneous clicks one wins.
            if (!confirmations.markUsed(hash, now)) {
                return Result.ALREADY_USED;
            }
            reviewerActions.verificationEmailConfirmed(automation, link.certificate());
            return Result.CONFIRMED;
        });
    }
}
