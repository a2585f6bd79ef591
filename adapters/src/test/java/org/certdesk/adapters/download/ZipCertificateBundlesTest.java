package org.certdesk.adapters.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certdesk.adapters.download.BundleChecks.assertChainsTo;
import static org.certdesk.adapters.download.BundleChecks.assertEncryptedPkcs8;
import static org.certdesk.adapters.download.BundleChecks.assertFailed;
import static org.certdesk.adapters.download.BundleChecks.assertKeyMatches;
import static org.certdesk.adapters.download.BundleChecks.assertSucceeded;
import static org.certdesk.adapters.download.BundleChecks.keytool;
import static org.certdesk.adapters.download.BundleChecks.runKeytool;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.BundleRequest;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.download.KeyPassword;
import org.certdesk.domain.download.KeyProtection;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every download format, judged by the tools the servers use: openssl for the PEM files and the
 * PKCS#12 store, the JDK's keytool for JKS. The certificates come from the real CA on a CSR made
 * by the real console-side key generator, for an RSA and an ECDSA key. Every key is opened with
 * the customer's password, and a wrong password opens nothing.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ZipCertificateBundlesTest {


    @Autowired
    CertificateAuthority ca;
    @Autowired
    SubscriberKeyGenerator keyGenerator;
    @Autowired
    CertificateBundles bundles;
    @Autowired
    Clock clock;
    @TempDir
    Path directory;

    private static final String PASSWORD = "correct horse 42!";
    private static final String PASSIN = "pass:" + PASSWORD;
    private static final String WRONG_PASSIN = "pass:correct horse 43!";
    private static final KeyProtection ENCRYPTED = new KeyProtection.Encrypted(new KeyPassword(PASSWORD));

    /** An issued certificate and, when the console made the key, its PKCS#8 private key. */
    private record Issued(String domain, String serialHex, byte[] pkcs8) {
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void nginxGetsTheFullChainAndTheKey(KeyAlgorithm algorithm) throws Exception {
        Issued issued = issue(algorithm);
        UnpackedBundle bundle = download(issued, ServerType.NGINX);

        assertThat(bundle.names()).containsExactlyInAnyOrder(issued.domain() + ".pem", issued.domain() + ".key");
        assertChainsTo(bundles.rootPem(), bundle, issued.domain() + ".pem", issued.domain() + ".pem");
        assertEncryptedPkcs8(bundle, issued.domain() + ".key");
        assertKeyMatches(bundle, issued.domain() + ".key", issued.domain() + ".pem", PASSIN);
        assertFailed(new OpenSsl(bundle.directory()).run("pkey", "-in", issued.domain() + ".key", "-passin", WRONG_PASSIN, "-noout"));
    }

    @Test
    void anUnencryptedKeyIsGivenOnlyWhenChosenAndThenAsClearPkcs8() throws Exception {
        Issued issued = issue(KeyAlgorithm.EC_P256);
        var bundle = bundles.bundle(new BundleRequest(issued.serialHex(), ServerType.NGINX, issued.domain(), issued.pkcs8(),
                new KeyProtection.Unencrypted()));
        UnpackedBundle unpacked = UnpackedBundle.of(bundle, directory.resolve("clear"));

        assertThat(unpacked.text(issued.domain() + ".key")).startsWith("-----BEGIN PRIVATE KEY-----");
        assertKeyMatches(unpacked, issued.domain() + ".key", issued.domain() + ".pem");
    }

    @Test
    void aStoreIsNeverBuiltWithoutAPassword() {
        Issued issued = issue(KeyAlgorithm.EC_P256);
        for (ServerType server : new ServerType[] {ServerType.TOMCAT_PFX, ServerType.IIS, ServerType.TOMCAT_JKS}) {
            assertThatThrownBy(() -> bundles.bundle(new BundleRequest(issued.serialHex(), server, issued.domain(), issued.pkcs8(),
                    new KeyProtection.Unencrypted())))
                    .as(server.name())
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("always protects its private key with a password");
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void apacheGetsCertificateChainAndKeyApart(KeyAlgorithm algorithm) throws Exception {
        Issued issued = issue(algorithm);
        UnpackedBundle bundle = download(issued, ServerType.APACHE);

        String leaf = issued.domain() + "_public.crt";
        String chain = issued.domain() + "_chain.crt";
        assertThat(bundle.names()).containsExactlyInAnyOrder(leaf, chain, issued.domain() + ".key");
        assertChainsTo(bundles.rootPem(), bundle, chain, leaf);
        assertEncryptedPkcs8(bundle, issued.domain() + ".key");
        assertKeyMatches(bundle, issued.domain() + ".key", leaf, PASSIN);
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void otherGetsEveryPemFileIncludingTheRoot(KeyAlgorithm algorithm) throws Exception {
        Issued issued = issue(algorithm);
        UnpackedBundle bundle = download(issued, ServerType.OTHER);

        String leaf = issued.domain() + ".crt";
        String chain = issued.domain() + "_chain.crt";
        assertThat(bundle.names()).containsExactlyInAnyOrder(leaf, chain, "root.crt", issued.domain() + ".key");
        assertThat(bundle.text("root.crt")).isEqualTo(bundles.rootPem());
        assertChainsTo(bundles.rootPem(), bundle, chain, leaf);
        assertEncryptedPkcs8(bundle, issued.domain() + ".key");
        assertKeyMatches(bundle, issued.domain() + ".key", leaf, PASSIN);
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void tomcatAndIisGetAnAes256Pkcs12StoreThatOpensslOpensWithTheCustomersPasswordOnly(KeyAlgorithm algorithm) throws Exception {
        Issued issued = issue(algorithm);
        for (ServerType server : new ServerType[] {ServerType.TOMCAT_PFX, ServerType.IIS}) {
            UnpackedBundle bundle = download(issued, server);
            String store = issued.domain() + ".pfx";
            assertThat(bundle.names()).as(server.name()).containsExactly(store);
            String pass = PASSIN;
            OpenSsl openssl = new OpenSsl(bundle.directory());

            OpenSsl.Result info = openssl.run("pkcs12", "-in", store, "-passin", pass, "-noout", "-info");
            assertSucceeded(info);
            // openssl 3 names the MAC and both bags' encryption: no RC2/3DES anywhere.
            assertThat(info.output()).contains("MAC: sha256", "Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256",
                    "PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC").doesNotContain("RC2", "3DES");
            assertFailed(openssl.run("pkcs12", "-in", store, "-passin", WRONG_PASSIN, "-noout", "-info"));
            assertThat(runKeytool(bundle.directory(), "-list", "-storetype", "PKCS12", "-keystore", store, "-storepass",
                    "correct horse 43!").exitCode()).isNotZero();
            assertThat(keytool(bundle.directory(), "-list", "-storetype", "PKCS12", "-keystore", store, "-storepass", PASSWORD))
                    .contains("PrivateKeyEntry");
            assertSucceeded(openssl.run("pkcs12", "-in", store, "-passin", pass, "-nokeys", "-clcerts", "-out", "leaf.pem"));
            assertSucceeded(openssl.run("pkcs12", "-in", store, "-passin", pass, "-nokeys", "-cacerts", "-out", "chain.pem"));
            assertSucceeded(openssl.run("pkcs12", "-in", store, "-passin", pass, "-nocerts", "-nodes", "-out", "key.pem"));
            assertThat(openssl.run("x509", "-in", "leaf.pem", "-noout", "-serial").output().strip())
                    .isEqualToIgnoringCase("serial=" + issued.serialHex());
            assertChainsTo(bundles.rootPem(), bundle, "chain.pem", "leaf.pem");
            assertKeyMatches(bundle, "key.pem", "leaf.pem");
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyAlgorithm.class, names = {"EC_P256", "RSA_2048"})
    void olderTomcatGetsAJksStoreThatKeytoolOpensWithTheCustomersPasswordOnly(KeyAlgorithm algorithm) throws Exception {
        Issued issued = issue(algorithm);
        UnpackedBundle bundle = download(issued, ServerType.TOMCAT_JKS);
        String store = issued.domain() + ".jks";
        assertThat(bundle.names()).containsExactly(store);

        String listing = keytool(bundle.directory(), "-list", "-v", "-storetype", "JKS", "-keystore", store,
                "-storepass", PASSWORD);
        assertThat(runKeytool(bundle.directory(), "-list", "-storetype", "JKS", "-keystore", store, "-storepass",
                "correct horse 43!").output()).contains("password was incorrect");
        // The key itself opens with the same password: keytool exports it to PKCS#12 only with it.
        keytool(bundle.directory(), "-importkeystore", "-srckeystore", store, "-srcstoretype", "JKS", "-srcstorepass", PASSWORD,
                "-destkeystore", "copy.p12", "-deststoretype", "PKCS12", "-deststorepass", PASSWORD, "-srcalias", "certdesk");

        // A DV leaf may carry an empty subject (SANs only), so the listing is matched on the SAN and the serial.
        assertThat(listing).contains("Entry type: PrivateKeyEntry", "Certificate chain length: 2", "DNSName: " + issued.domain(),
                "Serial number: " + issued.serialHex().toLowerCase().replaceFirst("^0+", ""));
    }

    /**
     * A customer's own CSR: CertDesk never held the key, so the PEM formats come without one and the
     * stores are refused. The key made here is simply dropped: the CA sees only a CSR either way.
     */
    @Test
    void anUploadedCsrGetsPemWithoutAKeyAndAClearRefusalForTheStores() throws Exception {
        Issued issued = issue(KeyAlgorithm.EC_P256);
        Issued uploaded = new Issued(issued.domain(), issued.serialHex(), null);

        for (ServerType server : new ServerType[] {ServerType.NGINX, ServerType.APACHE, ServerType.OTHER}) {
            UnpackedBundle bundle = download(uploaded, server);
            assertThat(bundle.names()).as(server.name()).noneMatch(name -> name.endsWith(".key")).isNotEmpty();
            for (String name : bundle.names()) {
                assertThat(bundle.text(name)).as(server + " " + name).doesNotContain("PRIVATE KEY");
            }
        }
        for (ServerType server : new ServerType[] {ServerType.TOMCAT_PFX, ServerType.IIS, ServerType.TOMCAT_JKS}) {
            assertThatThrownBy(() -> bundles.bundle(new BundleRequest(uploaded.serialHex(), server, uploaded.domain(), null, ENCRYPTED)))
                    .as(server.name())
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("does not hold its private key");
        }
    }

    @Test
    void theZipItselfIsNamedAfterTheDomainAndTheServer() {
        Issued issued = issue(KeyAlgorithm.EC_P256);

        var bundle = bundles.bundle(new BundleRequest(issued.serialHex(), ServerType.APACHE, issued.domain(), issued.pkcs8(), ENCRYPTED));

        assertThat(bundle.fileName()).isEqualTo(issued.domain() + "_apache.zip");
    }

    private Issued issue(KeyAlgorithm algorithm) {
        String domain = "dl-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        Identifiers names = Identifiers.parseLines(domain);
        SubscriberKeyGenerator.GeneratedKey key = keyGenerator.generate(algorithm, names);
        Instant now = clock.instant();
        SigningRequest request = new SigningRequest(new CertificateId(ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE)),
                ValidationType.DV, names, key.csrPem(), null, null, now, now.plus(Duration.ofDays(90)));
        String serial = ca.sign(request).serialHex();
        return new Issued(domain, serial, keyGenerator.decryptPrivateKey(key.encryptedPrivateKey()));
    }

    private UnpackedBundle download(Issued issued, ServerType server) throws IOException {
        var bundle = bundles.bundle(new BundleRequest(issued.serialHex(), server, issued.domain(), issued.pkcs8(), ENCRYPTED));
        return UnpackedBundle.of(bundle, directory.resolve(server.name() + "-" + issued.serialHex()));
    }
}
