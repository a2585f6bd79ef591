package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.Corroboration;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration.Observation;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * Multi-Perspective Issuance Corroboration (BR 3.2.2.9) of what the primary saw for an ACME
 * order: the challenge, after the primary's pass and before the authorization becomes valid, and
 * the CAA permission (with RFC 8657's accounturi and validationmethods), beside the primary's CAA
 * check at finalize, where the account URI is always known and reused authorizations are covered
 * too. Both use the same remote perspectives and the day's quorum rules.
 *
 * <p>The gap, stated so nobody relies on it: the agent protocol has no TLS-ALPN probe, so a
 * tls-alpn-01 pass is not corroborated (its CAA permission is). docs/architecture.md,
 * Corroboration, says the same.
 */
public final class AcmeCorroboration {

    private final MultiPerspectiveCorroboration corroboration;
    private final String caaIdentity;
    private final int httpPort;

    /** @param httpPort the port http-01 is fetched on, as the primary's {@link AcmeChallengeCheck} has it (80 but in tests) */
    public AcmeCorroboration(MultiPerspectiveCorroboration corroboration, String caaIdentity, int httpPort) {
        this.corroboration = corroboration;
        this.caaIdentity = caaIdentity;
        this.httpPort = httpPort;
    }

    /**
     * The outcome to record for a challenge: a failed primary as it is; a passed dns-01 or http-01
     * only when the remote perspectives corroborate it, each running the primary's own check over
     * its resolver or its http-01 fetch, otherwise invalid (unauthorized) with the refusal that
     * names the dissenting perspectives. The perspectives' results go onto the attempt.
     */
    public AcmeChallengeCheck.Outcome corroborate(ChallengeType type, Identifier identifier, String keyAuthorization,
                                                  AcmeChallengeCheck.Outcome primary) {
        if (!primary.attempt().passed() || type == ChallengeType.TLS_ALPN_01) {
            return primary; // tls-alpn-01: see the class comment
        }
        Instant now = primary.attempt().at();
        Corroboration corroborated = corroboration.corroborate(now, perspective -> observation(type == ChallengeType.DNS_01
                ? AcmeChallengeCheck.dns01(perspective.dns(), identifier, keyAuthorization, now)
                : AcmeChallengeCheck.http01(perspective::http01, httpPort, identifier, keyAuthorization, now)));
        return corroborated.refusal()
                .map(refusal -> new AcmeChallengeCheck.Outcome(VerificationAttempt.failed(now, refusal, null)
                        .withPerspectives(corroborated.results()), AcmeProblemType.UNAUTHORIZED))
                .orElseGet(() -> new AcmeChallengeCheck.Outcome(primary.attempt().withPerspectives(corroborated.results()), null));
    }

    /**
     * The remote perspectives' CAA check of a name the primary's CAA check permitted, with the
     * same account URI and method (RFC 8657); the refusal names the dissenting perspectives.
     */
    public Optional<String> caaRefusal(DomainName name, String accountUri, String methodLabel, Instant now) {
        return caa(name, accountUri, methodLabel, now).refusal();
    }

    Corroboration caa(DomainName name, String accountUri, String methodLabel, Instant now) {
        return corroboration.corroborate(now, perspective -> new CaaCheck(perspective.dns(), caaIdentity)
                .refusalFor(name, accountUri, methodLabel)
                .map(MultiPerspectiveCorroboration::caaObservation)
                .orElseGet(() -> Observation.seen("CAA permits " + caaIdentity)));
    }

    private static Observation observation(AcmeChallengeCheck.Outcome outcome) {
        VerificationAttempt attempt = outcome.attempt();
        if (attempt.passed()) {
            return Observation.seen(attempt.observed());
        }
        String observed = attempt.observed() == null || attempt.observed().isBlank() ? "" : " (" + attempt.observed() + ")";
        return switch (outcome.failure()) {
            case INCORRECT_RESPONSE -> Observation.notSeen("saw \"" + attempt.observed() + "\"");
            case UNAUTHORIZED -> Observation.notSeen(attempt.message() + observed); // no TXT record, no file
            case DNS, CONNECTION -> Observation.error(attempt.message()); // timed out, or DNSSEC bogus at the perspective
            default -> Observation.notSeen(attempt.message());
        };
    }
}
