package org.certdesk.adapters.lifecycle;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.review.Whois;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.WebsiteFileFetcher;

/**
 * Stand-ins for the CA and the network in the lifecycle tests (the CA and DNS adapters have
 * their own tests against real openssl and dnsmasq). Persistence is the real MariaDB.
 */
final class TestDoubles {

    private TestDoubles() {
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Signs nothing, but answers like the CA: a random 128-bit serial and the requested validity. */
    static final class RecordingCa implements CertificateAuthority {
        final AtomicInteger signed = new AtomicInteger();
        volatile Duration delay = Duration.ZERO;
        /** When set, the next call throws it (a process dying in the CA's step), then it clears. */
        volatile RuntimeException failNext;
        /** Like the real CA: one certificate per certificate and CSR, returned again on a retry. */
        private final Map<String, IssuedCertificate> byRequest = new ConcurrentHashMap<>();

        @Override
        public IssuedCertificate sign(SigningRequest request) {
            RuntimeException failure = failNext;
            if (failure != null) {
                failNext = null;
                throw failure;
            }
            return byRequest.computeIfAbsent(request.certificate().value() + "/" + request.csrPem(), key -> {
                signed.incrementAndGet();
                sleep(delay);
                byte[] serial = new byte[16];
                new SecureRandom().nextBytes(serial);
                serial[0] &= 0x7f;
                return new IssuedCertificate(HexFormat.of().formatHex(serial), request.notBefore(), request.notAfter());
            });
        }
    }

    /** Remembers what the use cases told the CA about revocations; the real registry is tested with openssl. */
    static final class RecordedRevocations implements RevocationRegistry {
        final List<String> revoked = new CopyOnWriteArrayList<>();
        /** When set, the CA's step fails after the certificate row was updated, as a failing CRL signer would. */
        volatile RuntimeException failure;

        @Override
        public void revoked(String serialHex, RevocationReason reason, Instant at) {
            if (failure != null) {
                throw failure;
            }
            revoked.add(serialHex + " " + reason);
        }
    }

    /** TXT records the test publishes; no CAA records anywhere. */
    static final class PublishedDns implements DnsLookup {
        private final Map<String, List<String>> txt = new ConcurrentHashMap<>();
        private final Map<String, List<String>> caa = new ConcurrentHashMap<>();

        void publishTxt(String name, String value) {
            txt.put(name, List.of(value));
        }

        void publishCaa(String name, String value) {
            caa.put(name, List.of(value));
        }

        @Override
        public DnsAnswer txt(String name) {
            return answer(txt.get(name));
        }

        @Override
        public DnsAnswer caa(String name) {
            return answer(caa.get(name));
        }

        @Override
        public DnsAnswer addresses(String name) {
            return new DnsAnswer.NoRecords();
        }

        private static DnsAnswer answer(List<String> values) {
            return values == null ? new DnsAnswer.NoRecords() : new DnsAnswer.Records(values);
        }
    }

    /** A deployment with a configured resolver: no demo zone, so no certificate is a demo one. */
    static final class NoDemoZone implements DemoZonePublishing {
        @Override
        public String zone() {
            return "";
        }

        @Override
        public void publishTxt(String host, String value) {
            throw new IllegalStateException("no demo zone is served");
        }

        @Override
        public void publishFile(String host, String content) {
            throw new IllegalStateException("no demo zone is served");
        }
    }

    static final class NoWebsites implements WebsiteFileFetcher {
        @Override
        public FileFetch fetch(String url) {
            return new FileFetch.NotFound("nothing listens in this test");
        }
    }

    static final class AcceptingCsrInspector implements CsrInspector {
        @Override
        public InspectedCsr inspect(String csrPem, Identifiers boundNames) {
            return new InspectedCsr(csrPem, KeyAlgorithm.EC_P256, boundNames, "00");
        }

        @Override
        public String pemOf(byte[] csrDer) {
            throw new UnsupportedOperationException("the lifecycle tests send PEM CSRs only");
        }
    }

    static final class FakeKeyGenerator implements SubscriberKeyGenerator {
        @Override
        public GeneratedKey generate(KeyAlgorithm algorithm, Identifiers names) {
            return new GeneratedKey("-----BEGIN CERTIFICATE REQUEST-----\nTEST\n-----END CERTIFICATE REQUEST-----\n",
                    new byte[] {1, 2, 3});
        }

        @Override
        public byte[] decryptPrivateKey(byte[] encryptedPrivateKey) {
            return encryptedPrivateKey;
        }
    }

    static final class RegistrantWhois implements Whois {
        private final Map<String, String> registrants = new ConcurrentHashMap<>();

        void register(String domain, String organization) {
            registrants.put(domain, organization);
        }

        @Override
        public Optional<String> registrantOrganization(DomainName registeredDomain) {
            return Optional.ofNullable(registrants.get(registeredDomain.ascii()));
        }
    }

    /** Collects what would be mailed; the mail adapter itself is tested against GreenMail. */
    static final class MailOutbox implements Notifications {
        final List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void send(EmailAddress to, NotificationKind kind, CertificateId certificate, String detail) {
            sent.add(kind + " " + to.value() + " #" + certificate.value() + " " + detail);
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
