package org.certdesk.application.acme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.RenewalOverrides;
import org.certdesk.domain.acme.RenewalWindow;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.TextLimit;
import org.certdesk.domain.shared.FieldName;

/**
 * Use cases of ACME Renewal Information (RFC 9773) and of the directory's meta: the suggested
 * window of a certificate by its ARI id, the admin moving windows earlier, and what the
 * directory advertises (profiles, CAA identity).
 */
public class AcmeRenewalInformation {

    /** How often clients should ask again (RFC 9773 4.3: Retry-After). */
    public static final Duration RETRY_AFTER = Duration.ofHours(6);

    private final IssuedCertificateChains chains;
    private final Certificates certificates;
    private final RenewalOverrides overrides;
    private final AcmeProfiles profiles;
    private final AuditLog auditLog;
    private final String caaIdentity;
    private final Transactions transactions;
    private final Clock clock;

    public AcmeRenewalInformation(IssuedCertificateChains chains, Certificates certificates, RenewalOverrides overrides,
                                  AcmeProfiles profiles, AuditLog auditLog, String caaIdentity, Transactions transactions,
                                  Clock clock) {
        this.chains = chains;
        this.certificates = certificates;
        this.overrides = overrides;
        this.profiles = profiles;
        this.auditLog = auditLog;
        this.caaIdentity = caaIdentity;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The window for an ARI certificate id: base64url(AKI key id) "." base64url(serial's DER integer bytes). */
    public RenewalWindow window(String ariCertificateId) {
        String serial = serialOf(ariCertificateId);
        return transactions.inTransaction(() -> {
            Certificate certificate = chains.bySerial(serial).flatMap(chain -> certificates.findAnyById(chain.certificate()))
                    .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "This CA issued no certificate with serial " + serial + "."));
            return window(certificate);
        });
    }

    /** The window of a console certificate (shown in Manage Certificates for ACME certificates). */
    public Optional<RenewalWindow> window(Actor actor, CertificateId id) {
        return transactions.inTransaction(() -> (actor.tenant() == null ? certificates.findAnyById(id)
                : certificates.findById(actor.tenant(), id)).filter(c -> c.issued().isPresent()).map(this::window));
    }

    private RenewalWindow window(Certificate certificate) {
        Instant now = clock.instant();
        var issued = certificate.issued().orElseThrow();
        if (certificate.status() == CertificateStatus.REVOKED) {
            return RenewalWindow.renewBy(now, now, "The certificate was revoked.");
        }
        return overrides.find(certificate.id())
                .map(o -> RenewalWindow.renewBy(o.renewBy(), now, o.reason()))
                .orElseGet(() -> RenewalWindow.ordinary(issued.notBefore(), issued.notAfter()));
    }

    /** The admin asks one certificate's client to renew by the given instant. */
    public void moveEarlier(Actor admin, CertificateId certificate, Instant renewBy, String reason) {
        requireAdmin(admin);
        requireShortReason(reason);
        transactions.inTransaction(() -> {
            Certificate found = certificates.findAnyById(certificate)
                    .orElseThrow(() -> new DomainException(Refusal.of("acme.noCertificate", String.valueOf(certificate))));
            overrides.set(certificate, renewBy, reason, admin.username(), clock.instant());
            auditLog.record(AuditEntry.of(admin, clock.instant(), found.tenant(), certificate, "Renewal window moved",
                    found.status(), found.status(), "renew by " + renewBy + ": " + reason));
        });
    }

    /** The admin asks every ACME client to renew by the given instant (e.g. ahead of a mass revocation). */
    public int moveAllEarlier(Actor admin, Instant renewBy, String reason) {
        requireAdmin(admin);
        requireShortReason(reason);
        return transactions.inTransaction(() -> {
            int moved = overrides.setForAllAcmeCertificates(renewBy, reason, admin.username(), clock.instant());
            auditLog.record(AuditEntry.of(admin, clock.instant(), null, null, "Renewal windows moved", null, null,
                    moved + " ACME certificates, renew by " + renewBy + ": " + reason));
            return moved;
        });
    }

    /** The reason travels in the ACME renewal information's explanation and the audit detail. */
    public static final int MAX_REASON_LENGTH = 200;

    private static void requireShortReason(String reason) {
        TextLimit.atMost(reason, FieldName.of("renewalReason"), MAX_REASON_LENGTH);
    }

    public List<AcmeProfile> profiles() {
        return transactions.inTransaction(() -> profiles.all().stream().filter(AcmeProfile::enabled).toList());
    }

    public String caaIdentity() {
        return caaIdentity;
    }

    static String serialOf(String ariCertificateId) {
        int dot = ariCertificateId == null ? -1 : ariCertificateId.indexOf('.');
        if (dot <= 0 || dot == ariCertificateId.length() - 1) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "A renewalInfo id is base64url(AKI).base64url(serial).");
        }
        try {
            byte[] serial = Base64.getUrlDecoder().decode(ariCertificateId.substring(dot + 1));
            String hex = new java.math.BigInteger(1, serial).toString(16);
            return hex.length() % 2 == 0 ? hex : "0" + hex;
        } catch (IllegalArgumentException e) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The renewalInfo id is not base64url.");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != org.certdesk.domain.account.Role.ADMIN) {
            throw new NotPermittedException(Refusal.of("permission.renewalWindows"));
        }
    }
}
