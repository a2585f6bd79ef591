package org.certdesk.domain.acme;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * An ACME authorization (RFC 8555 7.1.4): the account's proof of control of one identifier.
 * It is pending until one of its challenges passes, then valid for as long as the evidence may
 * be reused (BR 4.2.1), so later orders of the same tenant reuse it. A failed challenge makes
 * the whole authorization invalid (RFC 8555 7.1.6).
 */
public final class AcmeAuthorization {

    /** How long a client has to answer a pending authorization (Let's Encrypt: 7 days). */
    public static final Duration PENDING_LIFETIME = Duration.ofDays(7);

    private AcmeAuthorizationId id;
    private final TenantId tenant;
    private final AcmeAccountId account;
    private final Identifier identifier;
    private final String token;
    private AcmeStatus status;
    private Instant expires;
    private final List<AcmeChallenge> challenges;
    private ValidationEvidence evidence;
    /** The order this authorization was created for, which gathers its evidence; null before it is placed. */
    private AcmeOrderId order;
    private final long version;

    private AcmeAuthorization(AcmeAuthorizationId id, TenantId tenant, AcmeAccountId account, Identifier identifier,
                              String token, AcmeStatus status, Instant expires, List<AcmeChallenge> challenges,
                              ValidationEvidence evidence, AcmeOrderId order, long version) {
        this.id = id;
        this.tenant = Objects.requireNonNull(tenant);
        this.account = Objects.requireNonNull(account);
        this.identifier = Objects.requireNonNull(identifier);
        this.token = Objects.requireNonNull(token);
        this.status = Objects.requireNonNull(status);
        this.expires = Objects.requireNonNull(expires);
        this.challenges = new ArrayList<>(challenges);
        this.evidence = evidence;
        this.order = order;
        this.version = version;
    }

    /** A new pending authorization with every challenge type that applies to the identifier. */
    public static AcmeAuthorization create(TenantId tenant, AcmeAccountId account, Identifier identifier, String token,
                                          Instant now) {
        List<AcmeChallenge> challenges = Arrays.stream(ChallengeType.values()).filter(t -> t.appliesTo(identifier))
                .map(AcmeChallenge::pending).toList();
        return new AcmeAuthorization(null, tenant, account, identifier, token, AcmeStatus.PENDING,
                now.plus(PENDING_LIFETIME), challenges, null, null, 0);
    }

    /**
     * A valid authorization from evidence the console gathered for the same tenant and name, still
     * within its reuse period (BR 4.2.1): the name was proven once, in either way in.
     */
    public static AcmeAuthorization fromEvidence(TenantId tenant, AcmeAccountId account, ValidationEvidence evidence,
                                                 String token, Instant now) {
        if (!evidence.isReusableAt(now)) {
            throw new IllegalArgumentException("Evidence for " + evidence.identifier().display() + " is too old to reuse");
        }
        AcmeAuthorization authorization = create(tenant, account, evidence.identifier(), token, now);
        authorization.status = AcmeStatus.VALID;
        authorization.evidence = evidence;
        authorization.expires = evidence.reusableUntil();
        return authorization;
    }

    public static AcmeAuthorization restore(AcmeAuthorizationId id, TenantId tenant, AcmeAccountId account,
                                           Identifier identifier, String token, AcmeStatus status, Instant expires,
                                           List<AcmeChallenge> challenges, ValidationEvidence evidence, AcmeOrderId order,
                                           long version) {
        return new AcmeAuthorization(id, tenant, account, identifier, token, status, expires, challenges, evidence, order,
                version);
    }

    /**
     * Names the order this authorization was created for, once: the order that gathers its
     * evidence (the ledger says so). Later orders that reuse the authorization do not change it.
     */
    public void createdFor(AcmeOrderId newOrder) {
        if (order == null) {
            order = Objects.requireNonNull(newOrder);
        }
    }

    public void assignId(AcmeAuthorizationId newId) {
        if (id != null && !id.equals(newId)) {
            throw new IllegalStateException("Authorization " + id + " already has an id");
        }
        id = newId;
    }

    /**
     * The client asks the CA to validate (RFC 8555 7.5.1). Answering a challenge that is no
     * longer pending changes nothing; answering one of an authorization that is settled is refused.
     */
    public boolean startValidation(ChallengeType type, Instant now) {
        AcmeChallenge challenge = challenge(type);
        if (challenge.status() != AcmeStatus.PENDING) {
            return false;
        }
        if (statusAt(now) != AcmeStatus.PENDING) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The authorization for " + identifier.display() + " is "
                    + statusAt(now).protocolName() + "; its challenges can no longer be answered.");
        }
        replace(challenge.processing());
        return true;
    }

    /**
     * The outcome of the CA's check of a processing challenge; true when it made the authorization
     * valid, i.e. an ACME challenge gathered new evidence.
     */
    public boolean recordResult(ChallengeType type, VerificationAttempt attempt, AcmeProblemType failure,
                                 IssuancePolicy policy) {
        AcmeChallenge challenge = challenge(type);
        if (challenge.status() != AcmeStatus.PROCESSING || status != AcmeStatus.PENDING) {
            return false; // a late result for a challenge already settled (e.g. another node's) changes nothing
        }
        if (attempt.passed()) {
            replace(challenge.valid(attempt.at()));
            evidence = ValidationEvidence.of(identifier, type.method(), attempt.at(), attempt.observed(), policy);
            status = AcmeStatus.VALID;
            expires = evidence.reusableUntil();
            return true;
        }
        String detail = attempt.observed() == null || attempt.observed().isBlank() ? attempt.message()
                : attempt.message() + " (seen: " + attempt.observed() + ")";
        replace(challenge.invalid(attempt.at(), failure, detail));
        status = AcmeStatus.INVALID;
        return false;
    }

    /** RFC 8555 7.5.2: the client gives up an authorization it no longer wants. */
    public void deactivate(Instant now) {
        AcmeStatus current = statusAt(now);
        if (current != AcmeStatus.PENDING && current != AcmeStatus.VALID) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "Only a pending or valid authorization can be deactivated; this one is "
                    + current.protocolName() + ".");
        }
        status = AcmeStatus.DEACTIVATED;
    }

    /** The status a client sees now: a pending or valid authorization past its expiry has expired. */
    public AcmeStatus statusAt(Instant now) {
        if ((status == AcmeStatus.PENDING || status == AcmeStatus.VALID) && !now.isBefore(expires)) {
            return AcmeStatus.EXPIRED;
        }
        return status;
    }

    /** Whether a new order of the same tenant may rely on this authorization instead of a new one. */
    public boolean isReusableAt(Instant now) {
        return statusAt(now) == AcmeStatus.VALID && evidence != null && evidence.isReusableAt(now);
    }

    /** The key authorization of RFC 8555 8.1 for this authorization's token and the account's key. */
    public String keyAuthorization(String accountKeyThumbprint) {
        return token + "." + accountKeyThumbprint;
    }

    public AcmeChallenge challenge(ChallengeType type) {
        return challenges.stream().filter(c -> c.type() == type).findFirst()
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.MALFORMED,
                        "The authorization for " + identifier.display() + " has no " + type.protocolName() + " challenge."));
    }

    /** RFC 8555 7.1.4: the identifier of a wildcard authorization is its base domain, flagged as wildcard. */
    public String protocolIdentifierValue() {
        return identifier instanceof DomainName name && name.isWildcard() ? name.baseDomain().ascii() : identifier.value();
    }

    private void replace(AcmeChallenge updated) {
        challenges.replaceAll(c -> c.type() == updated.type() ? updated : c);
    }

    public AcmeAuthorizationId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public AcmeAccountId account() {
        return account;
    }

    public Identifier identifier() {
        return identifier;
    }

    public String token() {
        return token;
    }

    public AcmeStatus status() {
        return status;
    }

    public Instant expires() {
        return expires;
    }

    public List<AcmeChallenge> challenges() {
        return List.copyOf(challenges);
    }

    public Optional<ValidationEvidence> evidence() {
        return Optional.ofNullable(evidence);
    }

    /** The order this authorization was created for; empty for one made before orders were recorded on it. */
    public Optional<AcmeOrderId> order() {
        return Optional.ofNullable(order);
    }

    public long version() {
        return version;
    }
}
