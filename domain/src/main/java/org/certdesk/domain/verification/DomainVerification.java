package org.certdesk.domain.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * The proof of control of one name in one application round: its method, its fresh token and
 * every attempt. Once an attempt passes, the evidence is kept and later attempts are not needed.
 */
public final class DomainVerification {

    private final Identifier identifier;
    private final VerificationMethod method;
    private final VerificationToken token;
    private final List<VerificationAttempt> attempts;
    private ValidationEvidence evidence;

    private DomainVerification(Identifier identifier, VerificationMethod method, VerificationToken token,
                               List<VerificationAttempt> attempts, ValidationEvidence evidence) {
        this.identifier = identifier;
        this.method = method;
        this.token = token;
        this.attempts = new ArrayList<>(attempts);
        this.evidence = evidence;
    }

    public static DomainVerification start(Identifier identifier, VerificationMethod chosen, TokenSource tokens,
                                           IssuancePolicy policy, Instant now) {
        VerificationMethod method = VerificationMethod.forIdentifier(identifier, chosen);
        return new DomainVerification(identifier, method,
                VerificationToken.generate(tokens, now, policy.tokenLifetime()), List.of(), null);
    }

    /** Starts already satisfied by earlier evidence still within its reuse period (renewals). */
    public static DomainVerification reusing(ValidationEvidence earlier, TokenSource tokens, IssuancePolicy policy,
                                             Instant now) {
        if (!earlier.isReusableAt(now)) {
            throw new DomainException(Refusal.of("verification.tooOldToReuse", earlier.identifier().display()));
        }
        return new DomainVerification(earlier.identifier(), earlier.method(),
                VerificationToken.generate(tokens, now, policy.tokenLifetime()), List.of(), earlier);
    }

    public static DomainVerification restore(Identifier identifier, VerificationMethod method, VerificationToken token,
                                             List<VerificationAttempt> attempts, ValidationEvidence evidence) {
        return new DomainVerification(identifier, method, token, attempts, evidence);
    }

    /** Records an attempt; a pass with an expired token is refused (BR 3.2.2.4: 30-day Random Value). */
    public void record(VerificationAttempt attempt, IssuancePolicy policy) {
        // The persistent record carries no Random Value: its own persistUntil limits it (BR 3.2.2.4.22).
        if (attempt.passed() && method != VerificationMethod.DNS_PERSIST && token.isExpiredAt(attempt.at())) {
            throw new DomainException(Refusal.of("verification.tokenExpired", identifier.display()));
        }
        attempts.add(attempt);
        if (attempt.passed() && evidence == null) {
            evidence = ValidationEvidence.of(identifier, method, attempt.at(), attempt.observed(), policy);
        }
    }

    public boolean isVerified() {
        return evidence != null;
    }

    /** The DNS host that must carry the TXT record. */
    public String dnsRecordHost() {
        return "_dnsauth." + (identifier instanceof org.certdesk.domain.name.DomainName d ? d.baseDomain().ascii()
                : identifier.value());
    }

    /** The DNS host of the Persistent DCV TXT Record (BR 3.2.2.4.22). */
    public String persistRecordHost() {
        return PersistentDcvIdentity.host(identifier);
    }

    /** The URL the CA fetches for the file method (BR 3.2.2.4.18: under /.well-known/pki-validation). */
    public String fileUrl() {
        String host = identifier.value().contains(":") ? "[" + identifier.value() + "]" : identifier.value();
        return "http://" + host + "/.well-known/pki-validation/fileauth.txt";
    }

    public Identifier identifier() {
        return identifier;
    }

    public VerificationMethod method() {
        return method;
    }

    public VerificationToken token() {
        return token;
    }

    public List<VerificationAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public Optional<VerificationAttempt> lastAttempt() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    public Optional<ValidationEvidence> evidence() {
        return Optional.ofNullable(evidence);
    }
}
