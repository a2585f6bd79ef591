package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.Corroboration;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration.Observation;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * Multi-Perspective Issuance Corroboration (BR 3.2.2.9) of what the primary saw for an ACME
 * order: the challenge, after the primary's pass and before the authorization becomes valid, and
 * the CAA permission (with RFC 8657's accounturi and validationmethods), beside the primary's CAA
 * check at finalize, where the account URI is always known and reused authorizations are covered
 * too. Both use the same remote perspectives and the day's quorum rules.
 *
 * <p>Every challenge type is corroborated (BR 3.2.2.9 with 3.2.2.4.7, 3.2.2.4.19, 3.2.2.4.20 and
 * 3.2.2.4.22): each perspective runs the primary's own check over its resolver (dns-01 and
 * dns-persist-01), its http-01 fetch or its TLS-ALPN probe (tls-alpn-01, RFC 8737), the latter
 * two resolving the name themselves.
 */
public final class AcmeCorroboration {

    private final MultiPerspectiveCorroboration corroboration;
    private final String caaIdentity;
    private final int httpPort;
    private final int tlsPort;
    private final PersistentDcvIdentity persistentIdentity;

    public AcmeCorroboration(MultiPerspectiveCorroboration corroboration, String caaIdentity, int httpPort, int tlsPort) {
        this(corroboration, caaIdentity, httpPort, tlsPort, PersistentDcvIdentity.embeddedDefault());
    }

    /**
     * @param httpPort the port http-01 is fetched on, as the primary's {@link AcmeChallengeCheck} has it (80 but in tests)
     * @param tlsPort the port tls-alpn-01 is probed on, likewise (443 but in tests)
     * @param persistentIdentity the issuer domain a dns-persist-01 record must name, as the primary checks it
     */
    public AcmeCorroboration(MultiPerspectiveCorroboration corroboration, String caaIdentity, int httpPort, int tlsPort,
                             PersistentDcvIdentity persistentIdentity) {
        this.corroboration = corroboration;
        this.caaIdentity = caaIdentity;
        this.httpPort = httpPort;
        this.tlsPort = tlsPort;
        this.persistentIdentity = persistentIdentity;
    }

    /**
     * The outcome to record for a challenge: a failed primary as it is; a passed one only when the
     * remote perspectives corroborate it, each running the primary's own check over its resolver,
     * its http-01 fetch or its TLS-ALPN probe, otherwise invalid (unauthorized) with the refusal that
     * names the dissenting perspectives. The perspectives' results go onto the attempt.
     */
    public AcmeChallengeCheck.Outcome corroborate(ChallengeType type, Identifier identifier, String keyAuthorization,
                                                  AcmeChallengeCheck.Outcome primary) {
        return corroborate(type, identifier, keyAuthorization, null, primary);
    }

    /** @param accountUri the ACME account's URL, which a dns-persist-01 record must name, as the primary checked it */
    public AcmeChallengeCheck.Outcome corroborate(ChallengeType type, Identifier identifier, String keyAuthorization,
                                                  String accountUri, AcmeChallengeCheck.Outcome primary) {
        if (!primary.attempt().passed()) {
            return primary;
        }
        Instant now = primary.attempt().at();
        Corroboration corroborated = corroboration.corroborate(now, perspective -> observation(switch (type) {
            case DNS_01 -> AcmeChallengeCheck.dns01(perspective.dns(), identifier, keyAuthorization, now);
            case HTTP_01 -> AcmeChallengeCheck.http01(perspective::http01, httpPort, identifier, keyAuthorization, now);
            case TLS_ALPN_01 -> AcmeChallengeCheck.tlsAlpn01(perspective::tlsAlpn01, tlsPort, identifier, keyAuthorization, now);
            case DNS_PERSIST_01 -> AcmeChallengeCheck.dnsPersist01(perspective.dns(), persistentIdentity, identifier, accountUri, now);
        }));
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
            case DNS, CONNECTION -> Observation.error(attempt.message() + observed); // timed out, no handshake, or DNSSEC bogus
            default -> Observation.notSeen(attempt.message());
        };
    }
}
