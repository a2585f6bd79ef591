package org.certdesk.adapters.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.certdesk.adapters.upload.BouncyCastleCertificateUploadInspector;
import org.certdesk.application.port.CertificateUploadInspector.InspectedUpload;
import org.certdesk.domain.upload.UploadRejectedException;

/**
 * Fuzzes the certificate and private key a customer uploads (issue 14): the inspector answers
 * with the inspected upload or an {@link UploadRejectedException}, never with another exception.
 * One field is fuzzed at a time, the other holds a real pair (a self-signed P-256 certificate and
 * its key, made with openssl), so fuzzed certificates that keep the public key get past the key
 * check to the name and date reading. docs/benchmarks.md has the command for a long run.
 */
class UploadedPemFuzzTest {

    private static final String CERTIFICATE = resource("uploaded-certificate.pem");
    private static final String KEY = resource("uploaded-key.pem");
    private static final char[] PASSWORD = "secret".toCharArray();
    private static final BouncyCastleCertificateUploadInspector INSPECTOR = new BouncyCastleCertificateUploadInspector();

    /** The text as pasted into the certificate field (a certificate, maybe followed by its chain). */
    @FuzzTest(maxDuration = "10m")
    void certificatePem(byte[] input) {
        inspect(new String(input, UTF_8), KEY, null);
    }

    /** DER inside a well-formed PEM block: the X.509 structure, its names, dates and key. */
    @FuzzTest(maxDuration = "10m")
    void certificateDer(byte[] der) {
        inspect(PemEnvelope.wrap("CERTIFICATE", der), KEY, null);
    }

    /** The text as pasted into the key field: PKCS#8, PKCS#1, SEC1, encrypted or not (password "secret"). */
    @FuzzTest(maxDuration = "10m")
    void privateKeyPem(byte[] input) {
        inspect(CERTIFICATE, new String(input, UTF_8), PASSWORD.clone());
    }

    private static void inspect(String certificatePem, String keyPem, char[] password) {
        InspectedUpload inspected;
        try {
            inspected = INSPECTOR.inspect(certificatePem, keyPem, password);
        } catch (UploadRejectedException refused) {
            assertThat(refused.problem()).isNotNull();
            assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            return;
        }
        assertThat(inspected.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(inspected.sha256Fingerprint()).hasSize(64);
        assertThat(inspected.pkcs8PrivateKey()).isNotEmpty();
    }

    private static String resource(String name) {
        try (InputStream in = UploadedPemFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
