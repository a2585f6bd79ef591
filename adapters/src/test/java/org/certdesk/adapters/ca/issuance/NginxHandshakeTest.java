package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.Nginx;
import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.ca.TestCsrs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The issued certificate works in a real server: Debian nginx serves the full chain with the key
 * whose CSR the test made, and curl, trusting only the CertDesk root, completes the handshake.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class NginxHandshakeTest {

    private static final Path CURL = Path.of("/usr/bin/curl");

    @Autowired
    CertificateAuthority ca;
    @Autowired
    IssuedCertificates issuedCertificates;
    @Autowired
    Clock clock;
    @TempDir
    Path directory;

    @Test
    void curlTrustingOnlyTheRootCompletesTheHandshakeWithNginx() throws Exception {
        assertTrue(Files.isExecutable(CURL), "curl is not installed at " + CURL + ": install it with 'apt-get install -y curl'");
        for (KeyPair keys : List.of(TestCsrs.ec("secp256r1"), TestCsrs.rsa(2048))) {
            String name = "tls-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
            IssuedCertificate issued = ca.sign(request(name, TestCsrs.csr(keys, name)));
            IssuedCertificateFiles files = issuedCertificates.bySerial(issued.serialHex()).orElseThrow();
            Path site = Files.createDirectories(directory.resolve(keys.getPublic().getAlgorithm()));
            Files.writeString(site.resolve("root.pem"), files.rootPem());

            try (Nginx nginx = Nginx.serving(site, files.fullChainPem(), Pem.encode("PRIVATE KEY", keys.getPrivate().getEncoded()))) {
                Process curl = new ProcessBuilder(CURL.toString(), "--silent", "--show-error", "--max-time", "10",
                        "--cacert", site.resolve("root.pem").toString(),
                        "--resolve", name + ":" + nginx.port() + ":127.0.0.1", "https://" + name + ":" + nginx.port() + "/")
                        .redirectErrorStream(true).start();
                String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
                assertThat(curl.exitValue()).as(keys.getPublic().getAlgorithm() + ": " + output).isZero();
                assertThat(output).isEqualTo("ok\n");
            }
        }
    }

    private SigningRequest request(String name, String csrPem) {
        Instant now = clock.instant();
        return new SigningRequest(new CertificateId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE)),
                ValidationType.DV, Identifiers.parseLines(name), csrPem, null, null, now, now.plus(Duration.ofDays(90)));
    }
}
