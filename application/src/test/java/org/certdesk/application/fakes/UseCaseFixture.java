package org.certdesk.application.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.support.EventMail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * The ports a use case needs, in memory: enough to test orchestration (what is saved, audited,
 * mailed, rolled back) in milliseconds. The adapters' own contracts are tested against MariaDB.
 */
public final class UseCaseFixture {

    public final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryCertificates certificates = new InMemoryCertificates(transactions);
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog(transactions);
    public final RecordingNotifications mail = new RecordingNotifications(transactions);
    public final CertificateAccess access = new CertificateAccess(certificates, auditLog, new EventMail(mail), transactions, clock);
    public final IssuancePolicy policy = IssuancePolicy.baselineRequirements();
    public final PublishedDns dns = new PublishedDns();
    public final List<CertificateId> signed = new ArrayList<>();
    private final AtomicInteger serials = new AtomicInteger();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    public final TokenSource tokens = (alphabet, length) -> {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    };

    private final Map<String, IssuedCertificate> signatures = new ConcurrentHashMap<>();

    /**
     * Signs by recording the request; the serial is unique per signature. Like the real CA it
     * signs once per certificate and CSR and returns that certificate again on a retry.
     */
    public final CertificateAuthority ca = request -> signatures.computeIfAbsent(request.certificate() + "/" + request.csrPem(), k -> {
        signed.add(request.certificate());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new IssuedCertificate(String.format("%032x", serials.incrementAndGet()), now, request.notAfter());
    });

    public final SubscriberKeyStore keyStore = new SubscriberKeyStore() {
        private final Map<String, StoredKey> keys = new ConcurrentHashMap<>();

        @Override
        public void save(StoredKey key) {
            keys.put(key.certificate() + "/" + key.round(), key);
        }

        @Override
        public Optional<StoredKey> find(CertificateId certificate, int round) {
            return Optional.ofNullable(keys.get(certificate + "/" + round));
        }
    };

    public final SubscriberKeyGenerator keyGenerator = new SubscriberKeyGenerator() {
        @Override
        public GeneratedKey generate(KeyAlgorithm algorithm, Identifiers names) {
            return new GeneratedKey("-----BEGIN CERTIFICATE REQUEST-----\nFAKE\n-----END CERTIFICATE REQUEST-----\n", new byte[] {1});
        }

        @Override
        public byte[] decryptPrivateKey(byte[] encryptedPrivateKey) {
            return encryptedPrivateKey;
        }
    };

    public final IssueCertificate issue = new IssueCertificate(ca, keyGenerator, keyStore, policy, clock);
    public final InMemoryApprovedIssuances approvals = new InMemoryApprovedIssuances(transactions);
    public final IssueApprovedCertificate issueApproved = new IssueApprovedCertificate(access, approvals, issue, transactions, clock);

    public Actor customer(long tenant) {
        return Actor.customer(null, "customer-" + tenant, TenantId.of(tenant));
    }

    public static CertificateApplication dvApplication(String name) {
        return new CertificateApplication(Identifiers.of(DomainName.parse(name)), CsrSource.systemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Ops", EmailAddress.parse("ops@example.com"), PhoneNumber.parse("+86 10 1234 5678")), null, null,
                VerificationMethod.DNS_TXT);
    }

    /** TXT records the test publishes; no CAA anywhere. */
    public static final class PublishedDns implements DnsLookup {
        private final Map<String, List<String>> txt = new ConcurrentHashMap<>();

        public void publishTxt(String name, String value) {
            txt.put(name, List.of(value));
        }

        @Override
        public DnsAnswer txt(String name) {
            List<String> values = txt.get(name);
            return values == null ? new DnsAnswer.NoRecords() : new DnsAnswer.Records(values);
        }

        @Override
        public DnsAnswer caa(String name) {
            return new DnsAnswer.NoRecords();
        }

        @Override
        public DnsAnswer addresses(String name) {
            return new DnsAnswer.NoRecords();
        }
    }
}
