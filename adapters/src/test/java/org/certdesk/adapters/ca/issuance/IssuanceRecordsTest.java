package org.certdesk.adapters.ca.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.adapters.ca.TestCsrs;
import org.certdesk.adapters.ca.hierarchy.CaSettings;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.application.port.IssuanceRecords;
import org.certdesk.application.port.IssuanceRecords.IssuanceRecord;
import org.certdesk.application.port.IssuanceRecords.LintResult;
import org.certdesk.application.port.X509Facts;
import org.certdesk.application.port.X509Reader;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the details page reads of an issued leaf: the lint result kept at signing, and the parsed facts, judged by openssl. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class IssuanceRecordsTest {

    @Autowired
    CertificateAuthority ca;
    @Autowired
    IssuanceRecords records;
    @Autowired
    X509Reader x509;
    @Autowired
    CaSettings settings;
    @Autowired
    CaHierarchyKeeper keeper;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @TempDir
    Path directory;

    @Test
    void theLintResultIsKeptWithTheLeafInTheOrderTheChecksRan() {
        IssuedCertificate issued = sign("lint.example.com");

        List<LintResult> lint = records.bySerial(issued.serialHex()).orElseThrow().lint().orElseThrow();

        assertThat(lint).extracting(LintResult::check).startsWith("sansEqualValidatedNames", "namesWillingToIssue")
                .contains("serialHasEntropy", "keyAllowed").hasSize(13);
        assertThat(lint).filteredOn(result -> result.check().equals("serialHasEntropy")).extracting(LintResult::brSection)
                .containsExactly("7.1");
        assertThat(lint).filteredOn(result -> result.check().equals("validityWithinPolicy")).extracting(LintResult::brSection)
                .containsExactly("6.3.2");
    }

    @Test
    void aLeafSignedBeforeResultsWereKeptHasNone() {
        IssuedCertificate issued = sign("older.example.com");
        jdbc.update("DELETE FROM issued_certificate_lint WHERE serial_hex = ?", issued.serialHex());

        assertThat(records.bySerial(issued.serialHex()).orElseThrow().lint()).isEmpty();
    }

    @Test
    void theParsedFactsAreWhatOpensslReads() throws Exception {
        IssuedCertificate issued = sign("facts.example.com\nxn--mnchen-3ya.example.com");
        IssuanceRecord record = records.bySerial(issued.serialHex()).orElseThrow();

        X509Facts leaf = x509.read(record.leafPem()).getFirst();
        OpenSsl openssl = new OpenSsl(directory);
        openssl.write("leaf.pem", record.leafPem());
        assertThat(openssl.run("x509", "-in", "leaf.pem", "-noout", "-fingerprint", "-sha256").output().strip())
                .isEqualTo("sha256 Fingerprint=" + leaf.sha256());
        assertThat(openssl.run("x509", "-in", "leaf.pem", "-noout", "-fingerprint", "-sha1").output().strip())
                .isEqualToIgnoringCase("sha1 Fingerprint=" + leaf.sha1());
        assertThat(openssl.run("x509", "-in", "leaf.pem", "-noout", "-serial").output().strip())
                .isEqualToIgnoringCase("serial=" + issued.serialHex());
        assertThat(leaf.serialHex()).isEqualTo(issued.serialHex());
        assertThat(leaf.subjectAltNames()).containsExactly("facts.example.com", "xn--mnchen-3ya.example.com");
        assertThat(leaf.keyAlgorithm()).isEqualTo("EC prime256v1"); // openssl: "ASN1 OID: prime256v1"
        assertThat(leaf.keyBits()).isEqualTo(256);
        assertThat(leaf.policyOids()).containsExactly("2.23.140.1.2.1");
        String issuerId = keeper.hierarchy().ecIssuer().id();
        assertThat(leaf.crlUrls()).containsExactly(settings.urls().crl(issuerId));
        assertThat(leaf.caIssuerUrls()).containsExactly(settings.urls().caIssuers(issuerId));
        assertThat(leaf.notAfter()).isEqualTo(issued.notAfter());

        List<X509Facts> chain = x509.read(record.chainPem() + record.rootPem());
        assertThat(chain).hasSize(2);
        assertThat(chain.getFirst().subject()).isEqualTo(leaf.issuer());
        assertThat(chain.get(1).isSelfIssued()).isTrue();
        assertThat(chain.get(1).subject()).isEqualTo(chain.getFirst().issuer());
    }

    private IssuedCertificate sign(String names) {
        Identifiers identifiers = Identifiers.parseLines(names);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String csr = TestCsrs.csr(TestCsrs.ec("secp256r1"), identifiers.asList().stream().map(i -> i.value()).toArray(String[]::new));
        // The test database outlives a run, so every test uses a fresh certificate id.
        CertificateId id = CertificateId.of(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        return ca.sign(new SigningRequest(id, ValidationType.DV, identifiers, csr, null, null, now, now.plus(Duration.ofDays(30))));
    }
}
