package org.certdesk.application.acme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.certdesk.application.port.AcmeEvidenceLedger;
import org.certdesk.application.port.AsyncWork;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAccounts;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizationId;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeChallengeCheck;
import org.certdesk.domain.acme.AcmeCorroboration;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.domain.acme.AcmeStatus;
import org.certdesk.domain.acme.ChallengeType;
import org.certdesk.domain.acme.AcmeOrderId;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.PerspectiveResult;

/**
 * Use case: the client says a challenge is ready (RFC 8555 7.5.1). The challenge becomes
 * processing in one short transaction; the check itself (DNS, HTTP, TLS) runs in the background
 * after that commit, outside any transaction, and its result is recorded in a second one. The
 * answer waits up to {@link #QUICK_CHECK} for that result, so a quick check's outcome is in it;
 * after a slower one the client polls the authorization meanwhile.
 */
public class AnswerAcmeChallenge {

    private static final int RESUMED_AT_ONCE = 1000;
    /** How long the challenge's answer waits for the background check before it says processing. */
    static final Duration QUICK_CHECK = Duration.ofMillis(500);

    private final AcmeAuthorizations authorizations;
    private final AcmeAccounts accounts;
    private final AcmeChallengeCheck check;
    private final AcmeCorroboration corroboration;
    private final AcmeSettings settings;
    private final IssuancePolicy policy;
    private final AcmeEvidenceLedger ledger;
    private final AsyncWork background;
    private final Transactions transactions;
    private final Clock clock;
    private final Function<AcmeAccountId, String> configuredAccountUris;

    /**
     * @param configuredAccountUris an account's URL under the configured public URL: what a
     *                              dns-persist-01 record names when a validation is resumed after a
     *                              restart, with no request to take the URL from
     */
    public AnswerAcmeChallenge(AcmeAuthorizations authorizations, AcmeAccounts accounts, AcmeChallengeCheck check,
                               AcmeCorroboration corroboration, AcmeSettings settings,
                               IssuancePolicy policy, AcmeEvidenceLedger ledger, AsyncWork background,
                               Transactions transactions, Clock clock, Function<AcmeAccountId, String> configuredAccountUris) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.check = check;
        this.corroboration = corroboration;
        this.settings = settings;
        this.policy = policy;
        this.ledger = ledger;
        this.background = background;
        this.transactions = transactions;
        this.clock = clock;
        this.configuredAccountUris = configuredAccountUris;
    }

    public AcmeAuthorization answer(AcmeAccount account, long authorizationId, ChallengeType type) {
        return answer(account, authorizationId, type, configuredAccountUris.apply(account.id()));
    }

    /**
     * @param accountUri the account's URL as the client addressed it (its JWS kid): what a
     *                   dns-persist-01 record must name (draft-ietf-acme-dns-persist, BR 3.2.2.4.22 (3))
     */
    public AcmeAuthorization answer(AcmeAccount account, long authorizationId, ChallengeType type, String accountUri) {
        account.requireValid();
        int failedLimit = settings.rateLimits().failedValidationsPerHour();
        boolean[] started = new boolean[1];
        AcmeAuthorization answered = transactions.inTransaction(() -> {
            AcmeAuthorization authorization = ShowAcmeResources.ownAuthorization(authorizations, account, authorizationId);
            if (!authorization.account().equals(account.id())) {
                throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "This authorization belongs to another ACME account.");
            }
            Instant now = clock.instant();
            if (failedLimit > 0 && authorizations.countFailedSince(account.id(), now.minus(Duration.ofHours(1))) >= failedLimit) {
                throw AcmeProblem.rateLimited("This account failed " + failedLimit + " validations in the last hour, its limit.",
                        Duration.ofMinutes(5));
            }
            started[0] = authorization.startValidation(type, now);
            return started[0] ? authorizations.save(authorization) : authorization;
        });
        if (started[0]) {
            String keyAuthorization = answered.keyAuthorization(account.keyThumbprint());
            CompletableFuture<Void> checked = new CompletableFuture<>();
            background.submit(() -> {
                try {
                    validate(answered.id(), type, keyAuthorization, accountUri);
                } finally {
                    checked.complete(null);
                }
            });
            return outcomeIfQuick(answered, checked);
        }
        return answered;
    }

    /**
     * Validations a stopped process left in processing (they run after the commit that marked
     * them, in memory only) are run again on start-up; returns how many were resumed.
     */
    public int resumeInterrupted() {
        List<AcmeAuthorization> interrupted = transactions.inTransaction(() -> authorizations.findProcessing(RESUMED_AT_ONCE));
        for (AcmeAuthorization authorization : interrupted) {
            String thumbprint = transactions.inTransaction(() -> accounts.find(authorization.account()).orElseThrow()).keyThumbprint();
            String keyAuthorization = authorization.keyAuthorization(thumbprint);
            String accountUri = configuredAccountUris.apply(authorization.account());
            authorization.challenges().stream().filter(c -> c.status() == AcmeStatus.PROCESSING)
                    .forEach(c -> background.submit(() -> validate(authorization.id(), c.type(), keyAuthorization, accountUri)));
        }
        return interrupted.size();
    }

    /**
     * A quick check's outcome goes into the challenge's own answer, so the client need not poll
     * (lego, for one, sleeps Retry-After before its second poll); a slow one leaves the
     * challenge processing, and the client polls as before.
     */
    private AcmeAuthorization outcomeIfQuick(AcmeAuthorization answered, CompletableFuture<Void> checked) {
        try {
            checked.get(QUICK_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return answered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answered;
        } catch (ExecutionException e) {
            return answered;
        }
        return transactions.inTransaction(() -> authorizations.find(answered.id()).orElse(answered));
    }

    /**
     * The background half: check outside any transaction, corroborate a pass from the remote
     * perspectives (BR 3.2.2.9; also outside, they are network I/O), then record the outcome, and a
     * pass in the evidence ledger in the same transaction, so a valid authorization always has its row.
     */
    void validate(AcmeAuthorizationId id, ChallengeType type, String keyAuthorization, String accountUri) {
        AcmeAuthorization authorization = transactions.inTransaction(() -> authorizations.find(id).orElseThrow());
        AcmeChallengeCheck.Outcome primary = check.check(type, authorization.identifier(), keyAuthorization, accountUri,
                clock.instant());
        AcmeChallengeCheck.Outcome outcome = corroboration.corroborate(type, authorization.identifier(), keyAuthorization,
                accountUri, primary);
        transactions.inTransaction(() -> {
            AcmeAuthorization current = authorizations.find(id).orElseThrow();
            boolean gathered = current.recordResult(type, outcome.attempt(), outcome.failure(), policy);
            authorizations.save(current);
            if (gathered) {
                ledger.recordGathered(current.tenant(), current.evidence().orElseThrow(),
                        current.order().map(AcmeOrderId::value).orElse(null),
                        outcome.attempt().perspectives().stream().filter(PerspectiveResult::corroborates)
                                .map(PerspectiveResult::perspective).toList());
            }
        });
    }
}
