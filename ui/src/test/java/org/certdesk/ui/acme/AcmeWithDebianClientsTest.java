package org.certdesk.ui.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.certdesk.application.port.CaPublication;
import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ACME clients people run, unchanged, from Debian (`.ci/run` installs them): certbot with
 * http-01 in standalone mode, renewal and revocation; lego with dns-01 (its httpreq provider
 * writes the record into the demo zone) and with tls-alpn-01. What they obtain is checked with
 * openssl against the CertDesk root. The names resolve through the demo zone to 127.0.0.1, and
 * the CA validates on the loopback ports this test configures.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AcmeFixture.class)
class AcmeWithDebianClientsTest {

    static final int HTTP_01_PORT = LegoRecordReceiver.freePort();
    static final int TLS_ALPN_01_PORT = LegoRecordReceiver.freePort();
    static volatile AcmeFixture zoneWriter;
    /** lego's httpreq DNS provider posts the record here; the test publishes it in the demo zone. */
    static final LegoRecordReceiver RECORD_RECEIVER = LegoRecordReceiver.start((name, value) -> zoneWriter.publishTxt(name, value));

    @LocalServerPort
    int port;
    @Autowired
    AcmeFixture fixture;
    @Autowired
    CaPublication publication;
    @Autowired
    IssuedCertificateChains chains;
    @Autowired
    Certificates certificates;

    @DynamicPropertySource
    static void challengePorts(DynamicPropertyRegistry registry) {
        registry.add("certdesk.acme.http-01-port", () -> HTTP_01_PORT);
        registry.add("certdesk.acme.tls-alpn-01-port", () -> TLS_ALPN_01_PORT);
    }

    @AfterAll
    static void stopReceiver() {
        RECORD_RECEIVER.stop();
    }

    private String directory() {
        return "http://localhost:" + port + "/acme/directory";
    }

    @Test
    void certbotObtainsRenewsAndRevokesWithHttp01(@TempDir Path dir) throws Exception {
        var customer = fixture.customerWithCredentials();
        String name = customer.freshName("certbot");
        fixture.publishA(name, "127.0.0.1");
        List<String> dirs = List.of("--config-dir", dir.resolve("config").toString(), "--work-dir", dir.resolve("work").toString(),
                "--logs-dir", dir.resolve("logs").toString());

        run(dir, Map.of(), concat(List.of("certbot", "certonly", "--standalone", "--non-interactive", "--agree-tos",
                "--email", "ops@example.test", "--server", directory(), "--eab-kid", customer.eab().keyId(),
                // one argument: a key that begins with "-" would otherwise be taken for an option
                "--eab-hmac-key=" + customer.eab().hmacKeyBase64Url(), "--http-01-port", String.valueOf(HTTP_01_PORT),
                "--http-01-address", "127.0.0.1", "-d", name), dirs));
        Path live = dir.resolve("config/live/" + name);
        X509Certificate first = verifiedByOpenssl(dir, live.resolve("cert.pem"), live.resolve("chain.pem"));
        assertThat(consoleStatusOf(first)).isEqualTo(CertificateStatus.ISSUED);

        run(dir, Map.of(), concat(List.of("certbot", "renew", "--force-renewal", "--non-interactive", "--no-random-sleep-on-renew"),
                dirs));
        X509Certificate renewed = verifiedByOpenssl(dir, live.resolve("cert.pem"), live.resolve("chain.pem"));
        assertThat(renewed.getSerialNumber()).isNotEqualTo(first.getSerialNumber());

        run(dir, Map.of(), concat(List.of("certbot", "revoke", "--non-interactive", "--no-delete-after-revoke",
                "--server", directory(), "--cert-path", live.resolve("cert.pem").toString(), "--reason", "keycompromise"), dirs));
        assertThat(consoleStatusOf(renewed)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(onSomeCrl(renewed)).isTrue();
    }

    @Test
    void legoObtainsWithDns01ThroughTheDemoZone(@TempDir Path dir) throws Exception {
        zoneWriter = fixture;
        var customer = fixture.customerWithCredentials();
        String name = customer.freshName("lego-dns");

        run(dir, Map.of("HTTPREQ_ENDPOINT", RECORD_RECEIVER.endpoint()),
                lego(customer, dir, List.of("--dns", "httpreq", "--dns.disable-cp", "--domains", name, "run")));

        Path certificates = dir.resolve("lego/certificates");
        X509Certificate issued = verifiedByOpenssl(dir, certificates.resolve(name + ".crt"), certificates.resolve(name + ".issuer.crt"));
        assertThat(consoleStatusOf(issued)).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void legoObtainsWithTlsAlpn01(@TempDir Path dir) throws Exception {
        var customer = fixture.customerWithCredentials();
        String name = customer.freshName("lego-tls");
        fixture.publishA(name, "127.0.0.1");

        run(dir, Map.of(), lego(customer, dir, List.of("--tls", "--tls.port", "127.0.0.1:" + TLS_ALPN_01_PORT, "--domains", name,
                "run")));

        Path certificates = dir.resolve("lego/certificates");
        X509Certificate issued = verifiedByOpenssl(dir, certificates.resolve(name + ".crt"), certificates.resolve(name + ".issuer.crt"));
        assertThat(consoleStatusOf(issued)).isEqualTo(CertificateStatus.ISSUED);
    }

    private List<String> lego(AcmeFixture.Customer customer, Path dir, List<String> rest) {
        return concat(List.of("lego", "--accept-tos", "--email", "ops@example.test", "--server", directory(), "--eab",
                "--kid", customer.eab().keyId(), "--hmac", customer.eab().hmacKeyBase64Url(), "--path", dir.resolve("lego").toString()),
                rest);
    }

    /** openssl verify against the CertDesk root, with the issuing CA the client saved as untrusted intermediate. */
    private X509Certificate verifiedByOpenssl(Path dir, Path leaf, Path intermediate) throws Exception {
        Path root = dir.resolve("root.pem");
        Files.writeString(root, publication.rootPem());
        String verdict = run(dir, Map.of(), List.of("openssl", "verify", "-CAfile", root.toString(), "-untrusted",
                intermediate.toString(), leaf.toString()));
        assertThat(verdict).contains(": OK");
        try (InputStream in = Files.newInputStream(leaf)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private CertificateStatus consoleStatusOf(X509Certificate leaf) {
        var chain = chains.bySerial(AcmeOrderController.serialHex(leaf.getSerialNumber())).orElseThrow();
        return certificates.findAnyById(chain.certificate()).orElseThrow().status();
    }

    private boolean onSomeCrl(X509Certificate leaf) throws Exception {
        for (var authority : publication.authorities()) {
            byte[] der = publication.crlDer(authority.id()).orElseThrow();
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
            if (crl.getRevokedCertificate(leaf.getSerialNumber()) != null) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, Map<String, String> environment, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s failed:%n%s", String.join(" ", command), text).isZero();
        return text;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }



}
