package org.certdesk.domain.certificate;

import static org.certdesk.domain.certificate.CertificateStatus.EXPIRED;
import static org.certdesk.domain.certificate.CertificateStatus.ISSUED;
import static org.certdesk.domain.certificate.CertificateStatus.PENDING_APPLICATION;
import static org.certdesk.domain.certificate.CertificateStatus.REVOKED;
import static org.certdesk.domain.certificate.CertificateStatus.VALIDATION_FAILED;
import static org.certdesk.domain.certificate.CertificateStatus.VERIFYING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateEvent.ApplicationCancelled;
import org.certdesk.domain.certificate.CertificateEvent.ApplicationRejected;
import org.certdesk.domain.certificate.CertificateEvent.ApplicationResubmitted;
import org.certdesk.domain.certificate.CertificateEvent.ApplicationSubmitted;
import org.certdesk.domain.certificate.CertificateEvent.CertificateExpired;
import org.certdesk.domain.certificate.CertificateEvent.CertificateIssued;
import org.certdesk.domain.certificate.CertificateEvent.CertificateRevoked;
import org.certdesk.domain.certificate.CertificateEvent.VerificationAttempted;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * A purchased certificate and its whole life: the one place where its status changes. Each
 * transition checks the current status, changes the state and returns the event it caused
 * (also kept in {@link #recordedEvents()} until the application layer takes them).
 *
 * <pre>
 * PENDING_APPLICATION --submit--> VERIFYING --markIssued--> ISSUED --revoke--> REVOKED
 *        ^                 |  ^         |                      |
 *        +-----cancel------+  |       reject / failIfOverdue  +--expire--> EXPIRED
 *                             |         v
 *                             +--resubmit-- VALIDATION_FAILED
 * </pre>
 */
public final class Certificate {

    /** SPEC.md: an OV/EV application not issued within 30 calendar days fails. */
    public static final Duration REVIEW_DEADLINE = Duration.ofDays(30);
    /** SPEC.md: "Pending Expiration" in the last 30 days. */
    public static final Duration EXPIRATION_WARNING = Duration.ofDays(30);
    public static final String OVERDUE_CAUSE = "The application was not issued within 30 days of submission.";

    private CertificateId id;
    private final TenantId tenant;
    private final Product product;
    private final Instant purchasedAt;
    private CertificateStatus status;
    private CertificateApplication application;
    private int round;
    private Instant submittedAt;
    private List<DomainVerification> verifications;
    private final List<ApplicationRound> history;
    private String failureCause;
    private IssuedCertificate issued;
    private Revocation revocation;
    private final long version;
    private final List<CertificateEvent> recordedEvents = new ArrayList<>();

    private Certificate(Snapshot s) {
        this.id = s.id();
        this.tenant = Objects.requireNonNull(s.tenant(), "tenant");
        this.product = Objects.requireNonNull(s.product(), "product");
        this.purchasedAt = Objects.requireNonNull(s.purchasedAt(), "purchasedAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.application = s.application();
        this.round = s.round();
        this.submittedAt = s.submittedAt();
        this.verifications = new ArrayList<>(s.verifications());
        this.history = new ArrayList<>(s.history());
        this.failureCause = s.failureCause();
        this.issued = s.issued();
        this.revocation = s.revocation();
        this.version = s.version();
    }

    /** A freshly bought slot, waiting for its application. */
    public static Certificate purchase(TenantId tenant, Product product, Instant purchasedAt) {
        return new Certificate(new Snapshot(null, tenant, product, purchasedAt, PENDING_APPLICATION, null, 0, null,
                List.of(), List.of(), null, null, null, 0));
    }

    /** Rebuilds the aggregate from stored state, without replaying transitions (persistence adapters). */
    public static Certificate restore(Snapshot snapshot) {
        return new Certificate(snapshot);
    }

    /** Everything a persistence adapter stores. */
    public Snapshot snapshot() {
        return new Snapshot(id, tenant, product, purchasedAt, status, application, round, submittedAt,
                verifications, history, failureCause, issued, revocation, version);
    }

    public record Snapshot(CertificateId id, TenantId tenant, Product product, Instant purchasedAt,
                           CertificateStatus status, CertificateApplication application, int round,
                           Instant submittedAt, List<DomainVerification> verifications,
                           List<ApplicationRound> history, String failureCause, IssuedCertificate issued,
                           Revocation revocation, long version) {
        public Snapshot {
            verifications = List.copyOf(verifications);
            history = List.copyOf(history);
        }
    }

    /** Called once by the repository when the row is first stored. */
    public void assignId(CertificateId newId) {
        if (id != null && !id.equals(newId)) {
            throw new IllegalStateException("Certificate " + id + " already has an id");
        }
        this.id = Objects.requireNonNull(newId);
    }

    // --- transitions -------------------------------------------------------------------------

    /** Pending Application -> Verifying. Checks the application against the product first. */
    public ApplicationSubmitted submit(CertificateApplication submitted, TokenSource tokens, IssuancePolicy policy,
                                       Instant now) {
        return submit(submitted, List.of(), tokens, policy, now);
    }

    /**
     * Submit that reuses validation evidence still within its BR 4.2.1 period (a renewal): the
     * names it covers start verified; the others get fresh tokens.
     */
    public ApplicationSubmitted submit(CertificateApplication submitted, List<ValidationEvidence> reusableEvidence,
                                       TokenSource tokens, IssuancePolicy policy, Instant now) {
        if (!allows(CertificateAction.APPLY, now)) {
            throw new DomainException(switch (status) {
                case VALIDATION_FAILED -> Refusal.of("certificate.resubmitNotSubmit");
                case VERIFYING -> Refusal.of("certificate.alreadySubmitted");
                default -> Refusal.of("certificate.noNewApplication", status);
            });
        }
        Map<Identifier, ValidationEvidence> reusable = new java.util.HashMap<>();
        reusableEvidence.stream().filter(e -> e.isReusableAt(now)).forEach(e -> reusable.putIfAbsent(e.identifier(), e));
        startRound(submitted, reusable, tokens, policy, now);
        return record(new ApplicationSubmitted(tenant, id, PENDING_APPLICATION, VERIFYING, now, round));
    }

    /** Verifying -> Pending Application; the application stays for editing (seed: cancel, modify, submit again). */
    public ApplicationCancelled cancel(Instant now) {
        if (status == ISSUED) {
            throw new DomainException(Refusal.of("certificate.issuedNotCancellable"));
        }
        requireAllowed(CertificateAction.CANCEL, now, Refusal.of("certificate.cancelOnlyVerifying", status));
        endRound(RoundOutcome.CANCELLED, null, now);
        verifications = new ArrayList<>();
        status = PENDING_APPLICATION;
        return record(new ApplicationCancelled(tenant, id, VERIFYING, PENDING_APPLICATION, now));
    }

    /** A domain check's result. A failure keeps the status Verifying (seed). */
    public VerificationAttempted recordVerificationAttempt(Identifier identifier, VerificationAttempt attempt,
                                                           IssuancePolicy policy) {
        requireStatus(VERIFYING, Refusal.of("certificate.verifyOnlyVerifying"));
        verificationOf(identifier).record(attempt, policy);
        return record(new VerificationAttempted(tenant, id, VERIFYING, VERIFYING, attempt.at(), identifier, attempt));
    }

    /** Verifying -> Validation Failed, with a cause the customer can read. */
    public ApplicationRejected reject(String cause, Instant now) {
        if (cause == null || cause.isBlank()) {
            throw new DomainException(Refusal.of("certificate.rejectionNeedsCause"));
        }
        requireStatus(VERIFYING, Refusal.of("certificate.rejectOnlyVerifying", status));
        failureCause = cause.strip();
        endRound(RoundOutcome.REJECTED, failureCause, now);
        status = VALIDATION_FAILED;
        return record(new ApplicationRejected(tenant, id, VERIFYING, VALIDATION_FAILED, now, failureCause));
    }

    /** OV/EV not issued within 30 calendar days fails automatically; empty when nothing is due. */
    public Optional<ApplicationRejected> failIfOverdue(Instant now) {
        if (status != VERIFYING || !product.type().validatesOrganization()
                || now.isBefore(submittedAt.plus(REVIEW_DEADLINE))) {
            return Optional.empty();
        }
        return Optional.of(reject(OVERDUE_CAUSE, now));
    }

    /** Validation Failed -> Verifying with the modified application: a new round, fresh tokens, history kept. */
    public ApplicationResubmitted resubmit(CertificateApplication modified, TokenSource tokens, IssuancePolicy policy,
                                           Instant now) {
        requireAllowed(CertificateAction.RESUBMIT, now, Refusal.of("certificate.resubmitOnlyFailed", status));
        startRound(modified, Map.of(), tokens, policy, now);
        failureCause = null;
        return record(new ApplicationResubmitted(tenant, id, VALIDATION_FAILED, VERIFYING, now, round));
    }

    /** Verifying -> Issued, once every name is verified and the validity fits the policy (BR 6.3.2). */
    public CertificateIssued markIssued(IssuedCertificate reference, IssuancePolicy policy, Instant now) {
        requireStatus(VERIFYING, status == ISSUED ? Refusal.of("certificate.alreadyIssued")
                : Refusal.of("certificate.issueOnlyVerifying", status));
        List<String> unverified = verifications.stream().filter(v -> !v.isVerified())
                .map(v -> v.identifier().display()).toList();
        if (!unverified.isEmpty()) {
            throw new DomainException(Refusal.of("certificate.verificationIncomplete", unverified));
        }
        policy.checkValidity(reference.notBefore(), reference.notAfter(), now);
        issued = reference;
        endRound(RoundOutcome.ISSUED, null, now);
        status = ISSUED;
        return record(new CertificateIssued(tenant, id, VERIFYING, ISSUED, now, reference));
    }

    /** Issued -> Revoked with an RFC 5280 reason the BR allow for a subscriber certificate (BR 7.2.2). */
    public CertificateRevoked revoke(RevocationReason reason, Instant now) {
        if (status == REVOKED) {
            throw new DomainException(Refusal.of("certificate.alreadyRevoked"));
        }
        requireAllowed(CertificateAction.REVOKE, now, Refusal.of("certificate.revokeOnlyIssued", status));
        if (issued.isExpiredAt(now)) {
            throw new DomainException(Refusal.of("certificate.expiredNotRevocable"));
        }
        if (reason == null || !reason.allowedForSubscriberCertificates()) {
            throw new DomainException(Refusal.of("certificate.badRevocationReason", reason == null ? "none" : reason.displayName()));
        }
        revocation = new Revocation(reason, now);
        status = REVOKED;
        return record(new CertificateRevoked(tenant, id, ISSUED, REVOKED, now, reason));
    }

    /** Issued -> Expired once past notAfter. */
    public CertificateExpired expire(Instant now) {
        requireStatus(ISSUED, Refusal.of("certificate.expireOnlyIssued", status));
        if (!issued.isExpiredAt(now)) {
            throw new DomainException(Refusal.of("certificate.notExpired", issued.notAfter()));
        }
        status = EXPIRED;
        return record(new CertificateExpired(tenant, id, ISSUED, EXPIRED, now));
    }

    // --- questions ---------------------------------------------------------------------------

    /** Issued and in its last 30 days: shown as "Pending Expiration". */
    public boolean isPendingExpiration(Instant now) {
        return displayStatus(now) == DisplayStatus.PENDING_EXPIRATION;
    }

    /** The status the customer sees (list rows read without the aggregate use {@link DisplayStatus#of}). */
    public DisplayStatus displayStatus(Instant now) {
        return DisplayStatus.of(status, issued == null ? null : issued.notAfter(), now);
    }

    /** What the customer may do now, in the order the console shows it. */
    public List<CertificateAction> allowedActions(Instant now) {
        return displayStatus(now).allowedActions();
    }

    public boolean allows(CertificateAction action, Instant now) {
        return displayStatus(now).allows(action);
    }

    public boolean isDomainVerificationComplete() {
        return verifications.stream().allMatch(DomainVerification::isVerified);
    }

    /**
     * Per name, the longest-lasting evidence from this certificate's rounds that is still
     * reusable at the given time (renewal, BR 4.2.1).
     */
    public List<ValidationEvidence> reusableEvidence(Instant at) {
        Map<Identifier, ValidationEvidence> best = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(history.stream().flatMap(r -> r.verifications().stream()), verifications.stream())
                .flatMap(v -> v.evidence().stream())
                .filter(e -> e.isReusableAt(at))
                .forEach(e -> best.merge(e.identifier(), e,
                        (a, b) -> b.reusableUntil().isAfter(a.reusableUntil()) ? b : a));
        return List.copyOf(best.values());
    }

    public DomainVerification verificationOf(Identifier identifier) {
        return verifications.stream().filter(v -> v.identifier().equals(identifier)).findFirst()
                .orElseThrow(() -> new DomainException(Refusal.of("certificate.notOurName", identifier.display(), FieldName.NAMES)));
    }

    public CertificateId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public Product product() {
        return product;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }

    public CertificateStatus status() {
        return status;
    }

    public Optional<CertificateApplication> application() {
        return Optional.ofNullable(application);
    }

    public int round() {
        return round;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public List<DomainVerification> verifications() {
        return List.copyOf(verifications);
    }

    public List<ApplicationRound> history() {
        return List.copyOf(history);
    }

    public Optional<String> failureCause() {
        return Optional.ofNullable(failureCause);
    }

    public Optional<IssuedCertificate> issued() {
        return Optional.ofNullable(issued);
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public long version() {
        return version;
    }

    public List<CertificateEvent> recordedEvents() {
        return List.copyOf(recordedEvents);
    }

    public void clearRecordedEvents() {
        recordedEvents.clear();
    }

    // --- internals ---------------------------------------------------------------------------

    private void startRound(CertificateApplication submitted, Map<Identifier, ValidationEvidence> reusable,
                            TokenSource tokens, IssuancePolicy policy, Instant now) {
        ApplicationRules.check(product, Objects.requireNonNull(submitted, "application"), policy);
        List<DomainVerification> fresh = new ArrayList<>();
        // Fresh tokens per name and round (SPEC.md): an old token must not validate a new request.
        for (Identifier identifier : submitted.identifiers()) {
            ValidationEvidence evidence = reusable.get(identifier);
            fresh.add(evidence != null
                    ? DomainVerification.reusing(evidence, tokens, policy, now)
                    : DomainVerification.start(identifier, submitted.verificationMethod(), tokens, policy, now));
        }
        application = submitted;
        verifications = fresh;
        submittedAt = now;
        round++;
        status = VERIFYING;
    }

    private void endRound(RoundOutcome outcome, String cause, Instant now) {
        history.add(new ApplicationRound(round, application, submittedAt, verifications, now, outcome, cause));
    }

    /** The transitions ask the same table as the console's buttons, so the two cannot disagree. */
    private void requireAllowed(CertificateAction action, Instant now, Refusal refusal) {
        if (!allows(action, now)) {
            throw new DomainException(refusal);
        }
    }

    private void requireStatus(CertificateStatus required, Refusal refusal) {
        if (status != required) {
            throw new DomainException(refusal);
        }
    }

    private <E extends CertificateEvent> E record(E event) {
        recordedEvents.add(event);
        return event;
    }
}
