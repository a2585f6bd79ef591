package org.certdesk.adapters.ca.hierarchy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.util.io.pem.PemReader;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyStore.Role;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyStore.StoredCa;
import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Owns the CA hierarchy: creates it on the first start, under the ca_hierarchy_lock row so two
 * instances starting together make one root, and afterwards loads it from the database and keeps
 * it in memory with the private keys decrypted. A stored hierarchy is used as it is: its subjects
 * do not follow later settings (a CA certificate cannot change without a new key ceremony).
 */
@Component
public class CaHierarchyKeeper implements SmartInitializingSingleton {

    public static final String KEY_PURPOSE = "certdesk/ca-private-keys";
    private static final Logger log = LoggerFactory.getLogger(CaHierarchyKeeper.class);

    private final CaHierarchyStore store;
    private final SecretBox keyBox;
    private final TransactionTemplate transaction;
    private final CaSettings settings;
    private final Clock clock;
    private volatile CaHierarchy hierarchy;

    public CaHierarchyKeeper(CaHierarchyStore store, MasterSecret masterSecret, PlatformTransactionManager transactions,
                      CaSettings settings, Clock clock) {
        this.store = store;
        this.keyBox = new SecretBox(masterSecret, KEY_PURPOSE);
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        CaHierarchy loaded = hierarchy();
        log.info("CA hierarchy ready: root {}, issuers {} and {}.", loaded.root().id(), loaded.ecIssuer().id(), loaded.rsaIssuer().id());
        if (settings.urls().isLocal()) {
            log.warn("certdesk.public-url is {}: AIA and CRL links in certificates point to a local address, "
                    + "fine for a local deployment, unreachable for anyone else.", settings.urls());
        }
    }

    public CaHierarchy hierarchy() {
        CaHierarchy current = hierarchy;
        if (current == null) {
            synchronized (this) {
                if (hierarchy == null) {
                    hierarchy = transaction.execute(status -> loadOrCreate());
                }
                current = hierarchy;
            }
        }
        return current;
    }

    private CaHierarchy loadOrCreate() {
        store.lockForCreation();
        List<StoredCa> rows = store.loadAll();
        if (rows.isEmpty()) {
            CaHierarchy created = new CaHierarchyFactory(settings.urls(), settings.country()).create(clock.instant());
            save(created.root(), Role.ROOT, null);
            save(created.ecIssuer(), Role.ISSUING, created.root().id());
            save(created.rsaIssuer(), Role.ISSUING, created.root().id());
            log.info("Created a new CA hierarchy: root {} ({}); private keys stored encrypted.", created.root().id(),
                    created.root().certificate().getSubject());
            return created;
        }
        return new CaHierarchy(first(rows, Role.ROOT, null), first(rows, Role.ISSUING, KeyFamily.EC), first(rows, Role.ISSUING, KeyFamily.RSA));
    }

    private void save(SigningCa ca, Role role, String issuerId) {
        store.insert(ca, role, issuerId, keyBox.seal(ca.privateKey().getEncoded()), sha256(ca.publicKey().getEncoded()), clock.instant());
    }

    private SigningCa first(List<StoredCa> rows, Role role, KeyFamily family) {
        return rows.stream()
                .filter(row -> row.role() == role && (family == null || row.family() == family))
                .findFirst()
                .map(this::decode)
                .orElseThrow(() -> new IllegalStateException("The stored CA hierarchy has no " + role + " " + (family == null ? "" : family)));
    }

    private SigningCa decode(StoredCa row) {
        try (PemReader reader = new PemReader(new StringReader(row.certificatePem()))) {
            X509CertificateHolder certificate = new X509CertificateHolder(reader.readPemObject().getContent());
            PublicKey publicKey = new JcaPEMKeyConverter().getPublicKey(certificate.getSubjectPublicKeyInfo());
            PrivateKey privateKey = KeyFactory.getInstance(row.keyAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(keyBox.open(row.sealedPrivateKey())));
            return new SigningCa(row.id(), row.family(), certificate, publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CA certificate " + row.id(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot restore the private key of CA " + row.id(), e);
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
