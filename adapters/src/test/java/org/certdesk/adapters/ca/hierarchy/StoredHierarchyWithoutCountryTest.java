package org.certdesk.adapters.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyStore.Role;
import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hierarchy created before CA subjects carried countryName (BR 7.1.2.10.2) keeps loading as it
 * was stored, whatever certdesk.ca.country says now. It is stored as the oldest rows inside a
 * transaction that is rolled back, so the shared test database keeps its own hierarchy.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class StoredHierarchyWithoutCountryTest {

    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Autowired
    CaHierarchyStore store;
    @Autowired
    MasterSecret masterSecret;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CaSettings settings;
    @Autowired
    Clock clock;
    @TempDir
    Path directory;

    @Test
    void aHierarchyStoredWithoutCountryLoadsUnchanged() throws Exception {
        CaHierarchy stored = hierarchyWithoutCountry();
        CaSettings countryDe = new CaSettings(settings.urls(), settings.dvCommonName(), settings.demoZoneServed(),
                CaCountry.of("DE"), settings.policy());

        CaHierarchy loaded = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            SecretBox keyBox = new SecretBox(masterSecret, CaHierarchyKeeper.KEY_PURPOSE);
            insert(keyBox, stored.root(), Role.ROOT, null);
            insert(keyBox, stored.ecIssuer(), Role.ISSUING, stored.root().id());
            insert(keyBox, stored.rsaIssuer(), Role.ISSUING, stored.root().id());
            return new CaHierarchyKeeper(store, masterSecret, transactions, countryDe, clock).hierarchy();
        });

        assertThat(loaded.root().pem()).isEqualTo(stored.root().pem());
        assertThat(loaded.ecIssuer().pem()).isEqualTo(stored.ecIssuer().pem());
        assertThat(loaded.rsaIssuer().privateKey().getEncoded()).isEqualTo(stored.rsaIssuer().privateKey().getEncoded());
        OpenSsl openssl = new OpenSsl(directory);
        assertThat(openssl.text(loaded.root().pem())).contains("Subject: O = CertDesk, CN = Legacy Root").doesNotContain("C = ");
        openssl.write("root.pem", loaded.root().pem());
        openssl.write("issuer.pem", loaded.rsaIssuer().pem());
        assertThat(openssl.run("verify", "-CAfile", "root.pem", "issuer.pem").output()).contains("issuer.pem: OK");
    }

    private void insert(SecretBox keyBox, SigningCa ca, Role role, String issuerId) {
        store.insert(ca, role, issuerId, keyBox.seal(ca.privateKey().getEncoded()),
                CaHierarchyKeeper.sha256(ca.publicKey().getEncoded()), LONG_AGO);
    }

    /** The subjects CertDesk wrote before: O and CN only. */
    private static CaHierarchy hierarchyWithoutCountry() {
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
        KeyPair rootKeys = CaHierarchyFactory.ecKeyPair("secp384r1");
        X500Name rootName = new X500Name("O=CertDesk,CN=Legacy Root");
        SigningCa root = ca("root-legacy-" + suffix, KeyFamily.EC, rootName, rootName, rootKeys, rootKeys, new BasicConstraints(true));
        SigningCa ec = ca("ecc-legacy-" + suffix, KeyFamily.EC, rootName, new X500Name("O=CertDesk,CN=Legacy ECC Issuing CA"),
                CaHierarchyFactory.ecKeyPair("secp256r1"), rootKeys, new BasicConstraints(0));
        SigningCa rsa = ca("rsa-legacy-" + suffix, KeyFamily.RSA, rootName, new X500Name("O=CertDesk,CN=Legacy RSA Issuing CA"),
                CaHierarchyFactory.rsaKeyPair(), rootKeys, new BasicConstraints(0));
        return new CaHierarchy(root, ec, rsa);
    }

    private static SigningCa ca(String id, KeyFamily family, X500Name issuer, X500Name subject, KeyPair keys, KeyPair issuerKeys,
                                BasicConstraints constraints) {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)),
                Date.from(LONG_AGO), Date.from(LONG_AGO.plus(Duration.ofDays(20 * 365))), subject, keys.getPublic());
        CaHierarchyFactory.add(builder, Extension.basicConstraints, true, constraints);
        CaHierarchyFactory.add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new SigningCa(id, family, CaHierarchyFactory.sign(builder, "SHA384withECDSA", issuerKeys.getPrivate()),
                keys.getPublic(), keys.getPrivate());
    }
}
