package org.certdesk.adapters.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.ca.OpenSsl;

/** What a server admin would check in a downloaded bundle, with the real openssl and keytool. */
final class BundleChecks {

    private static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");

    private BundleChecks() {
    }

    /** {@code openssl verify -CAfile root -untrusted chain leaf}, with only the given root trusted. */
    static void assertChainsTo(String rootPem, UnpackedBundle bundle, String chainFile, String leafFile) throws Exception {
        OpenSsl openssl = new OpenSsl(bundle.directory());
        openssl.write("trusted-root.pem", rootPem);
        OpenSsl.Result result = openssl.run("verify", "-CAfile", "trusted-root.pem", "-untrusted", chainFile, leafFile);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains(leafFile + ": OK");
    }

    /** The (clear) key file's public half equals the certificate's public key. */
    static void assertKeyMatches(UnpackedBundle bundle, String keyFile, String certificateFile) throws Exception {
        assertKeyMatches(bundle, keyFile, certificateFile, "pass:");
    }

    /** The key file, opened by openssl with {@code -passin passin}, has the certificate's public key. */
    static void assertKeyMatches(UnpackedBundle bundle, String keyFile, String certificateFile, String passin) throws Exception {
        OpenSsl openssl = new OpenSsl(bundle.directory());
        OpenSsl.Result fromKey = openssl.run("pkey", "-in", keyFile, "-passin", passin, "-pubout");
        OpenSsl.Result fromCertificate = openssl.run("x509", "-in", certificateFile, "-noout", "-pubkey");
        assertSucceeded(fromKey);
        assertSucceeded(fromCertificate);
        assertThat(fromKey.output()).contains("BEGIN PUBLIC KEY").isEqualTo(fromCertificate.output());
    }

    static void assertSucceeded(OpenSsl.Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    static void assertFailed(OpenSsl.Result result) {
        assertThat(result.exitCode()).as(result.output()).isNotZero();
    }

    /** An encrypted PKCS#8 key as openssl sees it: PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC. */
    static void assertEncryptedPkcs8(UnpackedBundle bundle, String keyFile) throws Exception {
        assertThat(bundle.text(keyFile)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----").doesNotContain("BEGIN PRIVATE KEY");
        OpenSsl.Result parsed = new OpenSsl(bundle.directory()).run("asn1parse", "-in", keyFile);
        assertSucceeded(parsed);
        assertThat(parsed.output()).contains("PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc");
    }

    static String keytool(Path workingDirectory, String... arguments) throws Exception {
        KeytoolResult result = runKeytool(workingDirectory, arguments);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    record KeytoolResult(int exitCode, String output) {
    }

    static KeytoolResult runKeytool(Path workingDirectory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(KEYTOOL.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new KeytoolResult(process.exitValue(), output);
    }
}
