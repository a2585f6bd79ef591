package org.certdesk.adapters.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certdesk.adapters.download.BundleChecks.assertChainsTo;
import static org.certdesk.adapters.download.BundleChecks.assertEncryptedPkcs8;
import static org.certdesk.adapters.download.BundleChecks.assertKeyMatches;
import static org.certdesk.adapters.download.BundleChecks.assertSucceeded;
import static org.certdesk.adapters.download.BundleChecks.keytool;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.adapters.upload.ElsewhereIssued;
import org.certdesk.application.download.KeyChoice;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.application.port.CertificateUploadInspector;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.upload.DownloadUploadedCertificate;
import org.certdesk.application.upload.UploadCertificate;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificates;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A certificate from another CA, uploaded with its key and downloaded again for every server
 * type: the files are judged by openssl and keytool against that CA's root, as a server would,
 * the key opened with the customer's password (or in clear PEM where they chose that).
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class UploadedCertificateBundlesTest {


    @Autowired
    TestActors actors;
    @Autowired
    CertificateUploadInspector inspector;
    @Autowired
    UploadedCertificates uploads;
    @Autowired
    CertificateBundles bundles;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @TempDir
    Path directory;

    private static final String PASSWORD = "uploaded-key-pass";
    private static final KeyChoice ENCRYPTED = KeyChoice.encryptedWith(PASSWORD);

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void everyServerTypeGetsTheUploadedCertificateItsChainAndItsKey(String algorithm) throws Exception {
        KeyPair keys = algorithm.equals("RSA") ? ElsewhereIssued.rsa() : ElsewhereIssued.ec();
        String domain = "up-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        var issued = ElsewhereIssued.issue(keys, 90, domain);
        Actor actor = actors.customer();
        UploadedCertificate saved = new UploadCertificate(inspector, uploads, auditLog, transactions, clock)
                .upload(actor, new UploadCertificate.Command("Bought elsewhere", issued.fullChainPem(), issued.traditionalPem(), null));
        var download = new DownloadUploadedCertificate(uploads, bundles, auditLog, transactions, clock);

        UnpackedBundle nginx = unpack(download.download(actor, saved.id(), ServerType.NGINX, ENCRYPTED), "nginx");
        assertThat(nginx.names()).containsExactlyInAnyOrder(domain + ".pem", domain + ".key");
        assertChainsTo(issued.rootPem(), nginx, domain + ".pem", domain + ".pem");
        assertEncryptedPkcs8(nginx, domain + ".key");
        assertKeyMatches(nginx, domain + ".key", domain + ".pem", "pass:" + PASSWORD);

        UnpackedBundle apache = unpack(download.download(actor, saved.id(), ServerType.APACHE, KeyChoice.unencrypted()), "apache");
        assertThat(apache.names()).containsExactlyInAnyOrder(domain + "_public.crt", domain + "_chain.crt", domain + ".key");
        assertChainsTo(issued.rootPem(), apache, domain + "_chain.crt", domain + "_public.crt");
        assertKeyMatches(apache, domain + ".key", domain + "_public.crt");

        UnpackedBundle other = unpack(download.download(actor, saved.id(), ServerType.OTHER, ENCRYPTED), "other");
        assertThat(other.names()).containsExactlyInAnyOrder(domain + ".crt", domain + "_chain.crt", domain + ".key");

        var pfxBundle = download.download(actor, saved.id(), ServerType.IIS, ENCRYPTED);
        assertThat(pfxBundle.fileName()).isEqualTo(domain + "_iis.zip");
        UnpackedBundle pfx = unpack(pfxBundle, "iis");
        assertThat(pfx.names()).containsExactly(domain + ".pfx");
        String pass = "pass:" + PASSWORD;
        OpenSsl openssl = new OpenSsl(pfx.directory());
        assertSucceeded(openssl.run("pkcs12", "-in", domain + ".pfx", "-passin", pass, "-nokeys", "-clcerts", "-out", "leaf.pem"));
        assertSucceeded(openssl.run("pkcs12", "-in", domain + ".pfx", "-passin", pass, "-nokeys", "-cacerts", "-out", "chain.pem"));
        assertSucceeded(openssl.run("pkcs12", "-in", domain + ".pfx", "-passin", pass, "-nocerts", "-nodes", "-out", "key.pem"));
        assertChainsTo(issued.rootPem(), pfx, "chain.pem", "leaf.pem");
        assertKeyMatches(pfx, "key.pem", "leaf.pem");

        UnpackedBundle jks = unpack(download.download(actor, saved.id(), ServerType.TOMCAT_JKS, ENCRYPTED), "jks");
        assertThat(keytool(jks.directory(), "-list", "-v", "-storetype", "JKS", "-keystore", domain + ".jks", "-storepass",
                PASSWORD))
                .contains("Entry type: PrivateKeyEntry", "Certificate chain length: 2", "DNSName: " + domain);
    }

    private UnpackedBundle unpack(CertificateBundles.Bundle bundle, String name) throws Exception {
        return UnpackedBundle.of(bundle, directory.resolve(name));
    }
}
