package org.certdesk.application.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.policy.IssuancePolicy;

/**
 * The last step of an approved application, called inside the caller's transaction: take the CSR
 * (uploaded, or made on the console side — the CA never makes a subscriber's key, BR 6.1.1.3),
 * have the CA sign it with the policy's default validity of the day (one day under the BR 6.3.2
 * maximum), and mark the certificate issued. The CA stores what it signs in the same transaction, so a refused save
 * (a concurrent change) leaves no issued certificate behind, and the CA signs idempotently per
 * certificate and CSR, so a retry after a crash returns the same certificate.
 */
public class IssueCertificate {

    private final CertificateAuthority ca;
    private final SubscriberKeyGenerator keyGenerator;
    private final SubscriberKeyStore keyStore;
    private final IssuancePolicy policy;
    private final Clock clock;

    public IssueCertificate(CertificateAuthority ca, SubscriberKeyGenerator keyGenerator, SubscriberKeyStore keyStore,
                            IssuancePolicy policy, Clock clock) {
        this.ca = ca;
        this.keyGenerator = keyGenerator;
        this.keyStore = keyStore;
        this.policy = policy;
        this.clock = clock;
    }

    /** Signs and marks issued; the caller saves the certificate. */
    public IssuedCertificate issue(Certificate certificate) {
        return issue(certificate, null);
    }

    /**
     * Signs with at most the given validity (an ACME profile's, e.g. short-lived), never more than
     * the policy's default for today (one day under the BR 6.3.2 maximum); null means that default.
     */
    public IssuedCertificate issue(Certificate certificate, Duration maxValidity) {
        IssuedCertificate issued = sign(certificate, maxValidity);
        certificate.markIssued(issued, policy, clock.instant());
        return issued;
    }

    /**
     * Has the CA sign and record, without marking the certificate issued: run in a transaction of
     * its own, it makes what the CA returns durable before anyone relies on it; a repeat returns
     * the same certificate (IssueApprovedCertificate).
     */
    public IssuedCertificate sign(Certificate certificate) {
        return sign(certificate, null);
    }

    /** Marks the certificate issued with what {@link #sign} returned. */
    public void markIssued(Certificate certificate, IssuedCertificate issued) {
        certificate.markIssued(issued, policy, clock.instant());
    }

    private IssuedCertificate sign(Certificate certificate, Duration maxValidity) {
        CertificateApplication application = certificate.application().orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String csrPem = csrFor(certificate, application);
        Instant notAfter = policy.defaultNotAfter(now, now);
        if (maxValidity != null && now.plus(maxValidity).isBefore(notAfter)) {
            notAfter = now.plus(maxValidity);
        }
        SigningRequest request = new SigningRequest(certificate.id(), certificate.product().type(), application.identifiers(),
                csrPem, application.organization(), application.evDetails(), now, notAfter);
        return ca.sign(request);
    }

    private String csrFor(Certificate certificate, CertificateApplication application) {
        return switch (application.csr()) {
            case CsrSource.Uploaded uploaded -> uploaded.pem();
            case CsrSource.SystemGenerated generated -> keyStore.find(certificate.id(), certificate.round())
                    .map(SubscriberKeyStore.StoredKey::csrPem)
                    .orElseGet(() -> {
                        var key = keyGenerator.generate(generated.keyAlgorithm(), application.identifiers());
                        keyStore.save(new SubscriberKeyStore.StoredKey(certificate.id(), certificate.round(), key.csrPem(),
                                key.encryptedPrivateKey()));
                        return key.csrPem();
                    });
        };
    }
}
