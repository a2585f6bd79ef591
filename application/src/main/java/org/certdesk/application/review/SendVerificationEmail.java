package org.certdesk.application.review;

import java.time.Clock;
import java.time.Instant;

import org.certdesk.application.port.EmailConfirmations;
import org.certdesk.application.port.EmailConfirmations.PendingConfirmation;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.verification.TokenSource;

/**
 * Use case: a reviewer sends (or resends) the verification email to the application's contact
 * with a fresh one-time link; a resend makes the earlier links useless. The mail leaves after the
 * commit, so a link is never mailed for a send that was rolled back.
 */
public class SendVerificationEmail {

    private final ReviewerActions reviewerActions;
    private final CertificateAccess access;
    private final EmailConfirmations confirmations;
    private final TokenSource tokens;
    private final Notifications notifications;
    private final Transactions transactions;
    private final Clock clock;

    public SendVerificationEmail(ReviewerActions reviewerActions, CertificateAccess access, EmailConfirmations confirmations,
                                 TokenSource tokens, Notifications notifications, Transactions transactions, Clock clock) {
        this.reviewerActions = reviewerActions;
        this.access = access;
        this.confirmations = confirmations;
        this.tokens = tokens;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns the address the link went to. */
    public EmailAddress send(Actor actor, CertificateId id) {
        actor.requireReviewer();
        String token = tokens.randomString(ConfirmationLinks.ALPHABET, ConfirmationLinks.LENGTH);
        return transactions.inTransaction(() -> {
            reviewerActions.verificationEmailSent(actor, id);
            Certificate certificate = access.load(actor, id);
            EmailAddress contact = certificate.application().orElseThrow().contact().email();
            Instant now = clock.instant();
            confirmations.supersedeUnused(id, now);
            confirmations.store(new PendingConfirmation(ConfirmationLinks.hash(token), id, certificate.round(), contact.value(),
                    now, now.plus(ConfirmationLinks.LIFETIME), null, null));
            // Even when a caller's transaction encloses this one, the link leaves only after the real commit.
            transactions.afterCommit(id, () -> notifications.send(contact, NotificationKind.VERIFICATION_EMAIL, id,
                    ConfirmationLinks.PATH + token));
            return contact;
        });
    }
}
