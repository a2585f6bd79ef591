package org.certdesk.domain.acme;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.name.Identifiers;

/**
 * An ACME order (RFC 8555 7.1.3): the identifiers an account wants in one certificate, the
 * authorizations that prove them, and once finalized the certificate in the console it became.
 *
 * <pre>
 * pending --all authorizations valid--> ready --finalize--> processing --issued--> valid
 *    \------- an authorization fails, or the order expires -----------> invalid
 * </pre>
 */
public final class AcmeOrder {

    /** How long an order waits to be finalized (Let's Encrypt: 7 days). */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private AcmeOrderId id;
    private final TenantId tenant;
    private final AcmeAccountId account;
    private final Identifiers identifiers;
    private final List<AcmeAuthorizationId> authorizations;
    private AcmeStatus status;
    private final Instant expires;
    private final String profile;
    private final String replaces;
    private CertificateId certificate;
    private AcmeProblemType errorType;
    private String errorDetail;
    private final Instant createdAt;
    private final long version;

    private AcmeOrder(AcmeOrderId id, TenantId tenant, AcmeAccountId account, Identifiers identifiers,
                      List<AcmeAuthorizationId> authorizations, AcmeStatus status, Instant expires, String profile,
                      String replaces, CertificateId certificate, AcmeProblemType errorType, String errorDetail,
                      Instant createdAt, long version) {
        this.id = id;
        this.tenant = Objects.requireNonNull(tenant);
        this.account = Objects.requireNonNull(account);
        this.identifiers = Objects.requireNonNull(identifiers);
        this.authorizations = List.copyOf(authorizations);
        this.status = Objects.requireNonNull(status);
        this.expires = Objects.requireNonNull(expires);
        this.profile = Objects.requireNonNull(profile);
        this.replaces = replaces;
        this.certificate = certificate;
        this.errorType = errorType;
        this.errorDetail = errorDetail;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static AcmeOrder place(TenantId tenant, AcmeAccountId account, Identifiers identifiers,
                                  List<AcmeAuthorizationId> authorizations, String profile, String replaces, Instant now) {
        return new AcmeOrder(null, tenant, account, identifiers, authorizations, AcmeStatus.PENDING, now.plus(LIFETIME),
                profile, replaces, null, null, null, now, 0);
    }

    public static AcmeOrder restore(AcmeOrderId id, TenantId tenant, AcmeAccountId account, Identifiers identifiers,
                                    List<AcmeAuthorizationId> authorizations, AcmeStatus status, Instant expires,
                                    String profile, String replaces, CertificateId certificate, AcmeProblemType errorType,
                                    String errorDetail, Instant createdAt, long version) {
        return new AcmeOrder(id, tenant, account, identifiers, authorizations, status, expires, profile, replaces,
                certificate, errorType, errorDetail, createdAt, version);
    }

    public void assignId(AcmeOrderId newId) {
        if (id != null && !id.equals(newId)) {
            throw new IllegalStateException("Order " + id + " already has an id");
        }
        id = newId;
    }

    /**
     * Brings a pending order up to date with its authorizations (RFC 8555 7.1.6): ready once all
     * are valid, invalid as soon as one can no longer become valid or the order expires.
     * Returns whether the status changed.
     */
    public boolean refresh(List<AcmeAuthorization> current, Instant now) {
        if (status != AcmeStatus.PENDING && status != AcmeStatus.READY) {
            return false;
        }
        AcmeStatus before = status;
        if (!now.isBefore(expires)) {
            fail(AcmeProblemType.MALFORMED, "The order expired before it was finalized.");
            return true;
        }
        for (AcmeAuthorization authorization : current) {
            AcmeStatus s = authorization.statusAt(now);
            if (s != AcmeStatus.PENDING && s != AcmeStatus.VALID) {
                String cause = authorization.challenges().stream().filter(c -> c.errorDetail() != null).findFirst()
                        .map(AcmeChallenge::errorDetail).orElse("it is " + s.protocolName());
                AcmeProblemType type = authorization.challenges().stream().filter(c -> c.errorType() != null).findFirst()
                        .map(AcmeChallenge::errorType).orElse(AcmeProblemType.UNAUTHORIZED);
                fail(type, "The authorization for " + authorization.identifier().display() + " failed: " + cause);
                return true;
            }
        }
        boolean allValid = current.size() == authorizations.size()
                && current.stream().allMatch(a -> a.statusAt(now) == AcmeStatus.VALID);
        status = allValid ? AcmeStatus.READY : AcmeStatus.PENDING;
        return status != before;
    }

    /** RFC 8555 7.4: only a ready order may be finalized; its CSR is then being signed. */
    public void beginFinalization() {
        if (status != AcmeStatus.READY) {
            throw new AcmeProblem(AcmeProblemType.ORDER_NOT_READY, "The order is " + status.protocolName()
                    + ", not ready: " + (status == AcmeStatus.PENDING ? "some authorizations are not valid yet."
                    : "it cannot be finalized again."));
        }
        status = AcmeStatus.PROCESSING;
    }

    public void issued(CertificateId issuedAs) {
        if (status != AcmeStatus.PROCESSING) {
            throw new IllegalStateException("Order " + id + " is " + status + ", not processing");
        }
        certificate = Objects.requireNonNull(issuedAs);
        status = AcmeStatus.VALID;
    }

    public void fail(AcmeProblemType type, String detail) {
        status = AcmeStatus.INVALID;
        errorType = type;
        errorDetail = detail;
    }

    public AcmeOrderId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public AcmeAccountId account() {
        return account;
    }

    public Identifiers identifiers() {
        return identifiers;
    }

    public List<AcmeAuthorizationId> authorizations() {
        return authorizations;
    }

    public AcmeStatus status() {
        return status;
    }

    public Instant expires() {
        return expires;
    }

    public String profile() {
        return profile;
    }

    public Optional<String> replaces() {
        return Optional.ofNullable(replaces);
    }

    public Optional<CertificateId> certificate() {
        return Optional.ofNullable(certificate);
    }

    public Optional<AcmeProblemType> errorType() {
        return Optional.ofNullable(errorType);
    }

    public Optional<String> errorDetail() {
        return Optional.ofNullable(errorDetail);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
