package org.certdesk.application.download;

import java.time.Clock;
import java.util.Optional;

import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.download.KeyProtection;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: download an issued (or expired) certificate packed for a server type. The private
 * key is included only when the console generated it, and then encrypted under the customer's
 * password unless they explicitly chose a clear PEM key. Each download is audited (format and
 * whether the key was encrypted, never the password), since it may carry that key.
 */
public class DownloadCertificate {

    private final CertificateAccess access;
    private final SubscriberKeyStore keyStore;
    private final SubscriberKeyGenerator keyGenerator;
    private final CertificateBundles bundles;
    private final Transactions transactions;
    private final Clock clock;

    public DownloadCertificate(CertificateAccess access, SubscriberKeyStore keyStore, SubscriberKeyGenerator keyGenerator,
                               CertificateBundles bundles, Transactions transactions, Clock clock) {
        this.access = access;
        this.keyStore = keyStore;
        this.keyGenerator = keyGenerator;
        this.bundles = bundles;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The formats to offer: a certificate made from the customer's own CSR has no key for a PFX or JKS store. */
    public DownloadOptions options(Actor actor, CertificateId id) {
        actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            return storedKey(certificate).isPresent() ? DownloadOptions.withPrivateKey() : DownloadOptions.withoutPrivateKey();
        });
    }

    public CertificateBundles.Bundle download(Actor actor, CertificateId id, ServerType server, KeyChoice keyChoice) {
        actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            if (!certificate.allows(CertificateAction.DOWNLOAD, clock.instant())) {
                throw new DomainException(Refusal.of("download.onlyIssuedOrExpired", certificate.status()));
            }
            var stored = storedKey(certificate);
            // Checked before the key is decrypted: a refused password leaves nothing behind.
            KeyProtection protection = stored.isPresent() ? keyChoice.protectionFor(server) : null;
            byte[] key = stored.map(found -> keyGenerator.decryptPrivateKey(found.encryptedPrivateKey())).orElse(null);
            var application = certificate.application().orElseThrow();
            String stem = application.identifiers().first().value().replace("*", "_");
            var bundle = bundles.bundle(new CertificateBundles.BundleRequest(certificate.issued().orElseThrow().serialHex(),
                    server, stem, key, protection));
            access.audit(actor, certificate, "Certificate downloaded",
                    server.name() + ", " + (protection == null ? "no private key (customer's own CSR)" : protection.auditDetail()));
            return bundle;
        });
    }

    private Optional<SubscriberKeyStore.StoredKey> storedKey(Certificate certificate) {
        return certificate.application()
                .filter(application -> application.csr() instanceof CsrSource.SystemGenerated)
                .flatMap(application -> keyStore.find(certificate.id(), certificate.round()));
    }

    public String rootPem() {
        return bundles.rootPem();
    }
}
