package org.certdesk.adapters.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.application.port.CertificateUploadInspector.InspectedUpload;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploads judged on certificates and keys made here with Bouncy Castle (and encrypted by the real openssl). */
class BouncyCastleCertificateUploadInspectorTest {

    private final BouncyCastleCertificateUploadInspector inspector = new BouncyCastleCertificateUploadInspector();

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void aCertificateWithItsChainAndMatchingKeyIsReadInFull(String algorithm) throws Exception {
        KeyPair keys = algorithm.equals("RSA") ? ElsewhereIssued.rsa() : ElsewhereIssued.ec();
        Instant notAfter = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = notAfter.minus(Duration.ofDays(97));
        var issued = ElsewhereIssued.issue(keys, notBefore, notAfter, "shop.example.org", "www.shop.example.org");

        for (String keyPem : new String[] {issued.pkcs8Pem(), issued.traditionalPem()}) {
            InspectedUpload upload = inspector.inspect(issued.fullChainPem(), keyPem, null);

            assertThat(upload.commonName()).isEqualTo("shop.example.org");
            assertThat(upload.subjectAltNames()).containsExactly("shop.example.org", "www.shop.example.org");
            assertThat(upload.issuer()).contains("CN=Elsewhere TLS CA");
            assertThat(upload.issuerName()).isEqualTo("Elsewhere TLS CA");
            assertThat(upload.serialHex()).isEqualToIgnoringCase(issued.leaf().getSerialNumber().toString(16));
            assertThat(upload.notBefore()).isEqualTo(notBefore);
            assertThat(upload.notAfter()).isEqualTo(notAfter);
            assertThat(upload.sha256Fingerprint())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(issued.leaf().getEncoded())));
            assertThat(upload.certificatePem()).isEqualTo(issued.leafPem());
            assertThat(upload.chainPem()).isEqualTo(ElsewhereIssued.pem(issued.intermediate()));
            assertThat(secret(upload.pkcs8PrivateKey(), algorithm)).isEqualTo(secret(keys.getPrivate().getEncoded(), algorithm));
        }
    }

    @Test
    void anEd25519CertificateMatchesItsKeyAndNotAnother() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        var issued = ElsewhereIssued.issue(generator.generateKeyPair(), 90, "ed.example.org");
        var other = ElsewhereIssued.issue(generator.generateKeyPair(), 90, "ed.example.org");

        assertThat(inspector.inspect(issued.leafPem(), issued.pkcs8Pem(), null).commonName()).isEqualTo("ed.example.org");
        assertRejected(() -> inspector.inspect(issued.leafPem(), other.pkcs8Pem(), null), UploadProblem.KEY_MISMATCH);
    }

    @Test
    void aDsaKeyIsRefusedAsUnsupported() throws Exception {
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "dsa.example.org");
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA");
        dsa.initialize(2048);
        String dsaKey = ElsewhereIssued.pem(new org.bouncycastle.util.io.pem.PemObject("PRIVATE KEY",
                dsa.generateKeyPair().getPrivate().getEncoded()));

        assertRejected(() -> inspector.inspect(issued.leafPem(), dsaKey, null), UploadProblem.KEY_TYPE_UNSUPPORTED);
    }

    @Test
    void theFingerprintIsTheOneOpensslShows() throws Exception {
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 60, "fp.example.org");
        OpenSsl openssl = new OpenSsl(directory);
        openssl.write("leaf.pem", issued.leafPem());

        String shown = openssl.run("x509", "-in", "leaf.pem", "-noout", "-fingerprint", "-sha256").output();

        String fingerprint = inspector.inspect(issued.leafPem(), issued.pkcs8Pem(), null).sha256Fingerprint();
        assertThat(shown.strip().replace(":", "").toLowerCase()).endsWith("=" + fingerprint);
    }

    @Test
    void anAlreadyExpiredCertificateIsAccepted() {
        Instant now = Instant.now();
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(10)),
                "old.example.org");

        assertThat(inspector.inspect(issued.leafPem(), issued.pkcs8Pem(), null).notAfter()).isBefore(now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void aKeyOfAnotherCertificateDoesNotMatch(String algorithm) {
        var issued = ElsewhereIssued.issue(algorithm.equals("RSA") ? ElsewhereIssued.rsa() : ElsewhereIssued.ec(), 90, "a.example.org");
        var other = ElsewhereIssued.issue(algorithm.equals("RSA") ? ElsewhereIssued.rsa() : ElsewhereIssued.ec(), 90, "a.example.org");

        assertRejected(() -> inspector.inspect(issued.fullChainPem(), other.pkcs8Pem(), null), UploadProblem.KEY_MISMATCH);
        assertRejected(() -> inspector.inspect(issued.fullChainPem(), other.traditionalPem(), null), UploadProblem.KEY_MISMATCH);
    }

    @Test
    void anEcKeyForAnRsaCertificateDoesNotMatch() {
        var rsa = ElsewhereIssued.issue(ElsewhereIssued.rsa(), 90, "mixed.example.org");
        var ec = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "mixed.example.org");

        assertRejected(() -> inspector.inspect(rsa.leafPem(), ec.pkcs8Pem(), null), UploadProblem.KEY_MISMATCH);
    }

    @Test
    void theKeyOfTheIntermediateDoesNotMatchTheServerCertificate() {
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "order.example.org");
        String intermediateFirst = ElsewhereIssued.pem(issued.intermediate()) + issued.leafPem();

        assertRejected(() -> inspector.inspect(intermediateFirst, issued.pkcs8Pem(), null), UploadProblem.KEY_MISMATCH);
    }

    @Test
    void garbageAndMisplacedPemAreRefusedAtTheirField() {
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "g.example.org");
        String brokenBase64 = "-----BEGIN CERTIFICATE-----\nnot base64 at all!!\n-----END CERTIFICATE-----\n";
        String truncated = issued.leafPem().substring(0, 200) + "\n-----END CERTIFICATE-----\n";

        assertRejected(() -> inspector.inspect("", issued.pkcs8Pem(), null), UploadProblem.CERTIFICATE_REQUIRED);
        assertRejected(() -> inspector.inspect("hello world", issued.pkcs8Pem(), null), UploadProblem.CERTIFICATE_UNREADABLE);
        assertRejected(() -> inspector.inspect(brokenBase64, issued.pkcs8Pem(), null), UploadProblem.CERTIFICATE_UNREADABLE);
        assertRejected(() -> inspector.inspect(truncated, issued.pkcs8Pem(), null), UploadProblem.CERTIFICATE_UNREADABLE);
        assertRejected(() -> inspector.inspect(issued.pkcs8Pem(), issued.pkcs8Pem(), null), UploadProblem.CERTIFICATE_HAS_OTHER_CONTENT);
        assertRejected(() -> inspector.inspect(issued.leafPem(), " \n", null), UploadProblem.KEY_REQUIRED);
        assertRejected(() -> inspector.inspect(issued.leafPem(), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", null),
                UploadProblem.KEY_UNREADABLE);
        assertRejected(() -> inspector.inspect(issued.leafPem(), "my secret key", null), UploadProblem.KEY_UNREADABLE);
        assertRejected(() -> inspector.inspect(issued.leafPem(), issued.leafPem(), null), UploadProblem.KEY_IS_NOT_A_KEY);
    }

    @Test
    void anEncryptedPkcs8KeyFromOpensslOpensWithItsPasswordOnly() throws Exception {
        var issued = ElsewhereIssued.issue(ElsewhereIssued.rsa(), 90, "enc.example.org");
        OpenSsl openssl = new OpenSsl(directory);
        openssl.write("key.pem", issued.pkcs8Pem());
        OpenSsl.Result result = openssl.run("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", "key.pem", "-passout", "pass:s3cret",
                "-out", "encrypted.pem");
        assertThat(result.exitCode()).as(result.output()).isZero();
        String encrypted = java.nio.file.Files.readString(directory.resolve("encrypted.pem"));
        assertThat(encrypted).contains("BEGIN ENCRYPTED PRIVATE KEY");

        assertThat(secret(inspector.inspect(issued.leafPem(), encrypted, "s3cret".toCharArray()).pkcs8PrivateKey(), "RSA"))
                .isEqualTo(secret(issued.keys().getPrivate().getEncoded(), "RSA"));
        assertRejected(() -> inspector.inspect(issued.leafPem(), encrypted, null), UploadProblem.KEY_PASSWORD_REQUIRED);
        assertRejected(() -> inspector.inspect(issued.leafPem(), encrypted, "wrong".toCharArray()), UploadProblem.KEY_PASSWORD_WRONG);
    }

    @Test
    void anEcKeyAsOpensslEcparamWritesItWithItsCurveFirstIsRead() throws Exception {
        OpenSsl openssl = new OpenSsl(directory);
        OpenSsl.Result generated = openssl.run("ecparam", "-name", "prime256v1", "-genkey", "-out", "ec.pem");
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        String keyPem = java.nio.file.Files.readString(directory.resolve("ec.pem"));
        assertThat(keyPem).contains("BEGIN EC PARAMETERS", "BEGIN EC PRIVATE KEY");
        OpenSsl.Result selfSigned = openssl.run("req", "-new", "-x509", "-key", "ec.pem", "-subj", "/CN=ecparam.example.org",
                "-days", "30", "-out", "cert.pem");
        assertThat(selfSigned.exitCode()).as(selfSigned.output()).isZero();

        InspectedUpload upload = inspector.inspect(java.nio.file.Files.readString(directory.resolve("cert.pem")), keyPem, null);

        assertThat(upload.commonName()).isEqualTo("ecparam.example.org");
        assertThat(upload.chainPem()).isEmpty();
    }

    /** The private value a PKCS#8 key holds, as the JDK reads it (encodings may differ in optional fields). */
    private static BigInteger secret(byte[] pkcs8, String algorithm) throws Exception {
        PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        return key instanceof RSAPrivateKey rsa ? rsa.getPrivateExponent() : ((ECPrivateKey) key).getS();
    }

    private static void assertRejected(ThrowingCallable upload, UploadProblem problem) {
        assertThatThrownBy(upload).isInstanceOfSatisfying(UploadRejectedException.class,
                rejected -> assertThat(rejected.problem()).isEqualTo(problem));
    }
}
