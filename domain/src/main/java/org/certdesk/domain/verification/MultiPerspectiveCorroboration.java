package org.certdesk.domain.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.policy.CorroborationPolicy.Rules;
import org.certdesk.domain.verification.PerspectiveResult.Outcome;

/**
 * Multi-Perspective Issuance Corroboration (BR 3.2.2.9): after the Primary Network Perspective
 * found a name's CAA permission and its Random Value, every configured remote perspective is
 * asked the same, in parallel, and the quorum and RIR-diversity rules of the day decide. Every
 * attempt asks afresh: BR 3.2.2.9 forbids relying on corroborations of earlier attempts.
 */
public final class MultiPerspectiveCorroboration {

    private final RemotePerspectives perspectives;
    private final CorroborationPolicy policy;
    private final String caaIdentity;
    private final Executor executor;
    private final Duration deadline;
    private final PersistentDcvIdentity persistentIdentity;

    /**
     * @param executor runs the perspectives' lookups in parallel (blocking I/O: not the common pool)
     * @param deadline how long one attempt waits for a perspective before counting it as an error
     */
    public MultiPerspectiveCorroboration(RemotePerspectives perspectives, CorroborationPolicy policy, String caaIdentity,
                                         Executor executor, Duration deadline) {
        this(perspectives, policy, caaIdentity, executor, deadline, PersistentDcvIdentity.embeddedDefault());
    }

    /** @param persistentIdentity the CA and account names a persistent record must carry, as the primary checks them */
    public MultiPerspectiveCorroboration(RemotePerspectives perspectives, CorroborationPolicy policy, String caaIdentity,
                                         Executor executor, Duration deadline, PersistentDcvIdentity persistentIdentity) {
        this.perspectives = perspectives;
        this.policy = policy;
        this.caaIdentity = caaIdentity;
        this.executor = executor;
        this.deadline = deadline;
        this.persistentIdentity = persistentIdentity;
    }

    /** A question put to one remote perspective, answered with what it saw. */
    @FunctionalInterface
    public interface Question {
        Observation ask(RemotePerspective perspective);
    }

    public record Observation(Outcome outcome, String observed) {
        public static Observation seen(String observed) {
            return new Observation(Outcome.SEEN, observed);
        }

        public static Observation notSeen(String observed) {
            return new Observation(Outcome.NOT_SEEN, observed);
        }

        public static Observation error(String observed) {
            return new Observation(Outcome.ERROR, observed);
        }
    }

    /**
     * Corroborates the primary's pass for one name: the CAA permission (BR 3.2.2.8, for domain
     * names) and the TXT record or file (BR 3.2.2.4.7 / 3.2.2.4.18). A perspective corroborates
     * only when it agrees on both, so the quorum holds for the CAA set and the validation set alike.
     */
    public Corroboration corroborate(DomainVerification verification, Instant now) {
        return corroborate(verification, null, now);
    }

    /**
     * The same for the applicant's tenant: a persistent record (BR 3.2.2.4.22) must name its
     * account at every perspective too, as the BR's last paragraph of that method asks.
     */
    public Corroboration corroborate(DomainVerification verification, TenantId tenant, Instant now) {
        return corroborate(now, perspective -> {
            if (verification.identifier() instanceof DomainName name) {
                Optional<String> refusal = new CaaCheck(perspective.dns(), caaIdentity).refusalFor(name);
                if (refusal.isPresent()) {
                    return caaObservation(refusal.get());
                }
            }
            return ownershipObservation(new DomainVerificationCheck(perspective.dns(), perspective.files(), persistentIdentity)
                    .check(verification, tenant, now));
        });
    }

    /** Asks every remote perspective the question and applies the day's rules to the answers. */
    public Corroboration corroborate(Instant now, Question question) {
        Rules rules = policy.rulesAt(now);
        if (!rules.required()) {
            return Corroboration.corroborated(List.of());
        }
        List<RemotePerspective> remote = perspectives.current();
        if (remote.size() < rules.minimumRemotePerspectives() && rules.blocking()) {
            return Corroboration.refused(List.of(), CorroborationRefusals.tooFewPerspectives(remote.size(),
                    rules.minimumRemotePerspectives(), LocalDate.ofInstant(now, ZoneOffset.UTC)));
        }
        List<CompletableFuture<PerspectiveResult>> asked = remote.stream().map(p -> ask(p, question)).toList();
        List<PerspectiveResult> results = asked.stream().map(CompletableFuture::join).toList();
        if (!rules.blocking()) {
            return Corroboration.corroborated(results); // before 2025-09-15 the CA MAY issue beyond the quorum
        }
        List<PerspectiveResult> dissenting = results.stream().filter(r -> !r.corroborates()).toList();
        int allowed = Rules.allowedNonCorroborations(results.size());
        if (dissenting.size() > allowed) {
            return Corroboration.refused(results, CorroborationRefusals.notCorroborated(
                    dissenting.stream().map(r -> r.perspective() + ": " + r.observed()).toList(), results.size(), allowed));
        }
        List<RirRegion> regions = results.stream().filter(PerspectiveResult::corroborates).map(PerspectiveResult::region)
                .distinct().sorted().toList();
        if (regions.size() < rules.minimumRirRegions()) {
            return Corroboration.refused(results, CorroborationRefusals.tooFewRegions(regions, rules.minimumRirRegions()));
        }
        return Corroboration.corroborated(results);
    }

    private CompletableFuture<PerspectiveResult> ask(RemotePerspective perspective, Question question) {
        PerspectiveSite site = perspective.site();
        return CompletableFuture.supplyAsync(() -> question.ask(perspective), executor)
                .thenApply(o -> PerspectiveResult.of(site, o.outcome(), o.observed()))
                .exceptionally(e -> PerspectiveResult.of(site, Outcome.ERROR, "unreachable (" + cause(e) + ")"))
                .completeOnTimeout(PerspectiveResult.of(site, Outcome.ERROR, "timed out"), deadline.toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    private static String cause(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** What a CAA refusal at a perspective counts as: an error when it could not tell, otherwise a dissent. */
    public static Observation caaObservation(String refusal) {
        if (refusal.equals(VerificationAttempt.TIMED_OUT)) {
            return Observation.error("timed out");
        }
        return refusal.startsWith("DNSSEC") ? Observation.error(refusal) : Observation.notSeen(refusal);
    }

    private static Observation ownershipObservation(VerificationAttempt attempt) {
        if (attempt.passed()) {
            return Observation.seen(attempt.observed());
        }
        String observed = attempt.observed();
        return switch (attempt.message()) {
            case VerificationAttempt.TIMED_OUT -> Observation.error("timed out");
            case VerificationAttempt.NO_DNS_RECORD -> Observation.notSeen("no TXT record");
            case VerificationAttempt.DNS_MISMATCH, VerificationAttempt.FILE_INVALID -> Observation.notSeen("saw \"" + observed + "\"");
            case VerificationAttempt.NO_FILE -> Observation.notSeen("no file" + (observed == null ? "" : " (" + observed + ")"));
            default -> Observation.error(attempt.message()); // a DNSSEC failure at the perspective
        };
    }
}
