package org.certdesk.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.certdesk.adapters.ca.issuance.IssuedCertificates;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CA's public repository over HTTP, fetched like a relying party does: no session, no sign-in,
 * the addresses written into an issued leaf's AIA and CRL distribution point.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaPublicationEndpointsTest {

    /** The path of a URI inside an extension's DER, which carries it as a plain IA5String. */
    private static final Pattern PUBLISHED_PATH = Pattern.compile("https?://[^/\\s]+(/(?:ca|crl)/[a-z]+-[0-9a-f]{8}\\.(?:crt|crl))");

    @LocalServerPort
    int port;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    SubscriberKeyGenerator keyGenerator;
    @Autowired
    IssuedCertificates issuedCertificates;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theRootIsServedAsPemWithoutSignIn() throws Exception {
        HttpResponse<String> root = http.send(get("/ca/root.crt"), HttpResponse.BodyHandlers.ofString());

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type")).hasValue("application/x-pem-file");
        assertThat(root.body()).startsWith("-----BEGIN CERTIFICATE-----");
        X509Certificate certificate = certificate(root.body().getBytes(StandardCharsets.US_ASCII));
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
    }

    @Test
    void theAiaAndCdpOfAnIssuedLeafAnswerWithTheIssuerAndItsSignedCrl() throws Exception {
        X509Certificate leaf = issueLeaf();
        String caPath = publishedPath(leaf, "1.3.6.1.5.5.7.1.1");
        String crlPath = publishedPath(leaf, "2.5.29.31");

        HttpResponse<byte[]> issuerResponse = http.send(get(caPath), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(issuerResponse.statusCode()).isEqualTo(200);
        assertThat(issuerResponse.headers().firstValue("Content-Type")).hasValue("application/pkix-cert");
        X509Certificate issuer = certificate(issuerResponse.body());
        leaf.verify(issuer.getPublicKey());

        HttpResponse<byte[]> crlResponse = http.send(get(crlPath), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(crlResponse.statusCode()).isEqualTo(200);
        assertThat(crlResponse.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(crlResponse.body()));
        crl.verify(issuer.getPublicKey());
        assertThat(crl.getIssuerX500Principal()).isEqualTo(issuer.getSubjectX500Principal());
        assertThat(crl.isRevoked(leaf)).isFalse();
        assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
    }

    @Test
    void unknownIdsGetAShortNotFoundAndNoStackTrace() throws Exception {
        for (String path : new String[] {"/ca/ecc-00000000.crt", "/crl/ecc-00000000.crl", "/crl/not-an-id.crl", "/ca/ROOT.crt"}) {
            HttpResponse<String> response = http.send(get(path), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).hasSizeLessThan(100).doesNotContain("Exception", "at org.");
        }
    }

    private X509Certificate issueLeaf() throws Exception {
        String name = "aia-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        Identifiers names = Identifiers.parseLines(name);
        Instant now = clock.instant();
        IssuedCertificate issued = ca.sign(new SigningRequest(new CertificateId(ThreadLocalRandom.current().nextLong(1_000_000_000L,
                Long.MAX_VALUE)), ValidationType.DV, names, keyGenerator.generate(KeyAlgorithm.EC_P256, names).csrPem(), null, null, now,
                now.plus(Duration.ofDays(90))));
        return certificate(issuedCertificates.bySerial(issued.serialHex()).orElseThrow().leafPem().getBytes(StandardCharsets.US_ASCII));
    }

    private static String publishedPath(X509Certificate leaf, String extensionOid) {
        byte[] value = leaf.getExtensionValue(extensionOid);
        assertThat(value).as(extensionOid).isNotNull();
        Matcher matcher = PUBLISHED_PATH.matcher(new String(value, StandardCharsets.ISO_8859_1));
        assertThat(matcher.find()).as(extensionOid).isTrue();
        return matcher.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private static X509Certificate certificate(byte[] encoded) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(encoded));
    }
}
