package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.adapters.ca.TestCsrs;
import org.certdesk.adapters.ca.hierarchy.CaCertificates;
import org.certdesk.adapters.ca.hierarchy.CaHierarchy;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyStore;
import org.certdesk.adapters.ca.hierarchy.CaSettings;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Issuance against the embedded MariaDB, judged by the real openssl. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class CertificateAuthorityIssuanceTest {

    @Autowired
    CertificateAuthority ca;
    @Autowired
    SubscriberKeyGenerator keyGenerator;
    @Autowired
    IssuedCertificates issuedCertificates;
    @Autowired
    CaCertificates caCertificates;
    @Autowired
    CaHierarchyKeeper keeper;
    @Autowired
    CaHierarchyStore hierarchyStore;
    @Autowired
    MasterSecret masterSecret;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CaSettings settings;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path directory;

    @Test
    void issuesAnRsaDvCertificateFromASystemGeneratedCsrThatOpensslVerifies() throws Exception {
        Identifiers names = Identifiers.parseLines("www.example.com\nexample.com");
        String csr = keyGenerator.generate(KeyAlgorithm.RSA_2048, names).csrPem();

        IssuedCertificate issued = ca.sign(request(ValidationType.DV, names, csr));

        IssuedCertificateFiles files = issuedCertificates.bySerial(issued.serialHex()).orElseThrow();
        OpenSsl openssl = new OpenSsl(directory);
        assertThat(openssl.verify(files.rootPem(), files.chainPem(), files.leafPem()).output()).contains("leaf.pem: OK");
        String text = openssl.text(files.leafPem());
        assertThat(text).contains("Authority Key Identifier", "2.23.140.1.2.1", "TLS Web Server Authentication",
                "DNS:www.example.com, DNS:example.com", "X509v3 Subject Alternative Name: critical", "Key Encipherment",
                "RSA Issuing CA", "CA Issuers - URI:" + settings.urls().caIssuers(keeper.hierarchy().rsaIssuer().id()),
                "URI:" + settings.urls().crl(keeper.hierarchy().rsaIssuer().id()), "CA:FALSE");
        assertThat(text).doesNotContain("Subject Key Identifier", "Client Authentication");
        assertThat(line(text, "Subject:")).isEqualTo("Subject:");
        assertThat(new BigInteger(issued.serialHex(), 16).bitLength()).isGreaterThanOrEqualTo(64);
    }

    @Test
    void issuesAnEcdsaOvCertificateFromAnUploadedCsrWithOrganizationButNoOu() throws Exception {
        Identifiers names = Identifiers.parseLines("shop.example.org");
        String csr = TestCsrs.csr(TestCsrs.ec("secp256r1"), "shop.example.org");

        IssuedCertificate issued = ca.sign(new SigningRequest(newCertificateId(), ValidationType.OV, names, csr, TestCsrs.organization(),
                null, now(), now().plus(Duration.ofDays(90))));

        IssuedCertificateFiles files = issuedCertificates.bySerial(issued.serialHex()).orElseThrow();
        OpenSsl openssl = new OpenSsl(directory);
        assertThat(openssl.verify(files.rootPem(), files.chainPem(), files.leafPem()).output()).contains("leaf.pem: OK");
        String text = openssl.text(files.leafPem());
        assertThat(compact(line(text, "Subject:"))).isEqualTo("Subject:C=CN,ST=Beijing,L=Beijing,O=\"ExampleTradingCo.,Ltd.\"");
        assertThat(text).contains("2.23.140.1.2.2", "ECC Issuing CA", "DNS:shop.example.org", "Digital Signature")
                .doesNotContain("OU=", "OU =", "Key Encipherment", "Subject Key Identifier");
        assertThat(line(text, "X509v3 Subject Alternative Name")).doesNotContain("critical");
    }

    @Test
    void issuesAnEvCertificateWithBusinessCategoryJurisdictionAndRegistrationNumber() throws Exception {
        Identifiers names = Identifiers.parseLines("secure.example.net");
        String csr = TestCsrs.csr(TestCsrs.ec("secp384r1"), "secure.example.net");

        IssuedCertificate issued = ca.sign(new SigningRequest(newCertificateId(), ValidationType.EV, names, csr, TestCsrs.organization(),
                TestCsrs.evDetails(), now(), now().plus(Duration.ofDays(90))));

        IssuedCertificateFiles files = issuedCertificates.bySerial(issued.serialHex()).orElseThrow();
        OpenSsl openssl = new OpenSsl(directory);
        assertThat(openssl.verify(files.rootPem(), files.chainPem(), files.leafPem()).output()).contains("leaf.pem: OK");
        String subject = compact(line(openssl.text(files.leafPem()), "Subject:"));
        assertThat(subject).contains("businessCategory=PrivateOrganization", "jurisdictionC=CN", "serialNumber=91110000600037341L",
                "O=\"ExampleTradingCo.,Ltd.\"").doesNotContain("OU=");
        assertThat(openssl.text(files.leafPem())).contains("2.23.140.1.1");
    }

    @Test
    void signingTheSameRequestAgainReturnsTheFirstCertificate() {
        Identifiers names = Identifiers.parseLines("again.example.com");
        SigningRequest request = request(ValidationType.DV, names, TestCsrs.csr(TestCsrs.ec("secp256r1"), "again.example.com"));

        IssuedCertificate first = ca.sign(request);
        IssuedCertificate second = ca.sign(request);

        assertThat(second.serialHex()).isEqualTo(first.serialHex());
        assertThat(rowsFor(request.certificate())).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneRequestStoreOneCertificate() throws Exception {
        SigningRequest request = request(ValidationType.DV, Identifiers.parseLines("race.example.com"),
                TestCsrs.csr(TestCsrs.ec("secp256r1"), "race.example.com"));

        Callable<IssuedCertificate> attempt = () -> ca.sign(request);
        Set<String> serials = new HashSet<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(4)) {
            for (Future<IssuedCertificate> result : executor.invokeAll(Collections.nCopies(4, attempt))) {
                serials.add(result.get().serialHex());
            }
        }

        assertThat(serials).hasSize(1);
        assertThat(rowsFor(request.certificate())).isEqualTo(1);
        assertThat(issuedCertificates.latestFor(request.certificate())).isPresent();
    }

    @Test
    void issuesAnIpAddressCertificateWithAnIpSan() throws Exception {
        Identifiers names = Identifiers.parseLines("8.8.8.8");
        String csr = keyGenerator.generate(KeyAlgorithm.EC_P384, names).csrPem();

        IssuedCertificate issued = ca.sign(request(ValidationType.DV, names, csr));

        IssuedCertificateFiles files = issuedCertificates.bySerial(issued.serialHex()).orElseThrow();
        OpenSsl openssl = new OpenSsl(directory);
        assertThat(openssl.verify(files.rootPem(), files.chainPem(), files.leafPem()).output()).contains("leaf.pem: OK");
        assertThat(openssl.text(files.leafPem())).contains("IP Address:8.8.8.8").doesNotContain("DNS:");
    }

    @Test
    void capsTheValidityAtTheDatedMaximum() {
        Identifiers names = Identifiers.parseLines("long.example.com");
        SigningRequest request = new SigningRequest(newCertificateId(), ValidationType.DV, names,
                TestCsrs.csr(TestCsrs.ec("secp256r1"), "long.example.com"), null, null, now(), now().plus(Duration.ofDays(800)));

        IssuedCertificate issued = ca.sign(request);

        assertThat(issued.notAfter()).isEqualTo(settings.policy().latestNotAfter(issued.notBefore(), clock.instant()));
    }

    @Test
    void withoutARequestedEndIssuesOneDayUnderTheDatedMaximum() throws Exception {
        Identifiers names = Identifiers.parseLines("default.example.com");
        SigningRequest request = new SigningRequest(newCertificateId(), ValidationType.DV, names,
                TestCsrs.csr(TestCsrs.ec("secp256r1"), "default.example.com"), null, null, now(), null);

        IssuedCertificate issued = ca.sign(request);

        // BR 6.3.2: SHOULD NOT exceed 199 days (MUST NOT 200) in the current period; both ends count.
        int days = settings.policy().maxValidityDaysAt(clock.instant()) - 1;
        assertThat(Duration.between(issued.notBefore(), issued.notAfter().plusSeconds(1))).isEqualTo(Duration.ofDays(days));
        settings.policy().checkValidity(issued.notBefore(), issued.notAfter(), clock.instant());
    }

    @Test
    void aLintFindingRefusesIssuanceAndStoresNothing() {
        Instant threeDaysAgo = now().minus(Duration.ofDays(3));
        SigningRequest request = new SigningRequest(newCertificateId(), ValidationType.DV, Identifiers.parseLines("late.example.com"),
                TestCsrs.csr(TestCsrs.ec("secp256r1"), "late.example.com"), null, null, threeDaysAgo, threeDaysAgo.plus(Duration.ofDays(30)));

        assertThatThrownBy(() -> ca.sign(request)).isInstanceOf(DomainException.class)
                .hasMessageContaining("The certificate was not issued").hasMessageContaining("more than 48 hours");
        assertThat(rowsFor(request.certificate())).isZero();
    }

    @Test
    void aCsrWithOtherNamesIsRefusedBeforeSigning() {
        SigningRequest request = request(ValidationType.DV, Identifiers.parseLines("bound.example.com"),
                TestCsrs.csr(TestCsrs.ec("secp256r1"), "other.example.com"));

        assertThatThrownBy(() -> ca.sign(request)).isInstanceOf(DomainException.class).hasMessageContaining("Missing from the CSR");
        assertThat(rowsFor(request.certificate())).isZero();
    }

    @Test
    void caPrivateKeysAreStoredEncrypted() {
        SigningCa root = keeper.hierarchy().root();
        byte[] stored = jdbc.queryForObject("SELECT encrypted_private_key FROM ca_key_pair WHERE id = ?", byte[].class, root.id());

        assertThat(containsSubsequence(stored, root.privateKey().getEncoded())).isFalse();
        assertThat(new SecretBox(masterSecret, CaHierarchyKeeper.KEY_PURPOSE).open(stored)).isEqualTo(root.privateKey().getEncoded());
    }

    @Test
    void theHierarchySurvivesARestart() {
        CaHierarchy running = keeper.hierarchy();

        CaHierarchy reloaded = new CaHierarchyKeeper(hierarchyStore, masterSecret, transactions, settings, clock).hierarchy();

        assertThat(reloaded.root().pem()).isEqualTo(running.root().pem());
        assertThat(reloaded.rsaIssuer().privateKey().getEncoded()).isEqualTo(running.rsaIssuer().privateKey().getEncoded());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ca_certificate WHERE role = 'ROOT'", Integer.class)).isEqualTo(1);
    }

    @Test
    void aSecondInstanceWaitsOnTheCreationLockAndThenLoadsTheSameRoot() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate firstInstance = new TransactionTemplate(transactions);
        try (ExecutorService executor = Executors.newFixedThreadPool(2)) {
            Future<?> holder = executor.submit(() -> firstInstance.executeWithoutResult(status -> {
                hierarchyStore.lockForCreation();
                locked.countDown();
                awaitQuietly(release);
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<CaHierarchy> secondInstance = executor.submit(
                    () -> new CaHierarchyKeeper(hierarchyStore, masterSecret, transactions, settings, clock).hierarchy());

            Thread.sleep(500);
            assertThat(secondInstance.isDone()).as("the second instance waits while the first holds the lock").isFalse();
            release.countDown();

            assertThat(secondInstance.get(20, TimeUnit.SECONDS).root().id()).isEqualTo(keeper.hierarchy().root().id());
            holder.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void publishesTheRootAndBothIntermediates() {
        assertThat(caCertificates.all()).hasSize(3);
        assertThat(caCertificates.rootPem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(caCertificates.pem(keeper.hierarchy().ecIssuer().id())).isPresent();
        assertThat(caCertificates.pem("no-such-ca")).isEmpty();
    }

    private SigningRequest request(ValidationType type, Identifiers names, String csr) {
        return new SigningRequest(newCertificateId(), type, names, csr, null, null, now(), now().plus(Duration.ofDays(90)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private int rowsFor(CertificateId certificate) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM issued_certificate WHERE certificate_id = ?", Integer.class, certificate.value());
    }

    private static CertificateId newCertificateId() {
        // The test database outlives a run, so every test uses a fresh certificate id.
        return CertificateId.of(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String line(String text, String prefix) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String compact(String text) {
        return text.replace(" ", "");
    }

    static boolean containsSubsequence(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
