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
 * <p>Gaps, stated so nobody relies on them: the agent protocol has no TLS-ALPN probe, so a
 * tls-alpn-01 pass is not corroborated (its CAA permission is); and the agents' file fetchers
 * resolve hosts with the system resolver or the demo routes, not with their own DNS resolver, and
 * allow the Authorized Ports only, so an http-01 pass is not corroborated either (its CAA
 * permission is). docs/architecture.md, Corroboration, says the same.
 */
public final class AcmeCorroboration {

    private final MultiPerspectiveCorroboration corroboration;
    private final String caaIdentity;

    public AcmeCorroboration(MultiPerspectiveCorroboration corroboration, String caaIdentity) {
        this.corroboration = corroboration;
        this.caaIdentity = caaIdentity;
    }

    /**
     * The outcome to record for a challenge: a failed primary as it is; a passed dns-01 only when
     * the remote perspectives corroborate it, otherwise invalid (unauthorized) with the refusal that
     * names the dissenting perspectives. The perspectives' results go onto the attempt.
     */
    public AcmeChallengeCheck.Outcome corroborate(ChallengeType type, Identifier identifier, String keyAuthorization,
                                                  AcmeChallengeCheck.Outcome primary) {
        if (!primary.attempt().passed() || type != ChallengeType.DNS_01) {
            return primary; // http-01 and tls-alpn-01: see the class comment
        }
        Instant now = primary.attempt().at();
        Corroboration corroborated = corroboration.corroborate(now, perspective ->
                dns01Observation(AcmeChallengeCheck.dns01(perspective.dns(), identifier, keyAuthorization, now)));
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

    private static Observation dns01Observation(AcmeChallengeCheck.Outcome outcome) {
        VerificationAttempt attempt = outcome.attempt();
        if (attempt.passed()) {
            return Observation.seen(attempt.observed());
        }
        return switch (outcome.failure()) {
            case INCORRECT_RESPONSE -> Observation.notSeen("saw \"" + attempt.observed() + "\"");
            case UNAUTHORIZED -> Observation.notSeen("no TXT record");
            case DNS -> Observation.error(attempt.message()); // timed out, or DNSSEC bogus at the perspective
            default -> Observation.notSeen(attempt.message());
        };
    }
}
