package org.certdesk.application.download;

import java.time.Clock;

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
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: download an issued (or expired) certificate packed for a server type. The private
 * key is included only when the console generated it; each download is audited, since it may
 * carry that key.
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

    public CertificateBundles.Bundle download(Actor actor, CertificateId id, ServerType server) {
        actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            if (!certificate.allows(CertificateAction.DOWNLOAD, clock.instant())) {
                throw new DomainException(Refusal.of("download.onlyIssuedOrExpired", certificate.status()));
            }
            var application = certificate.application().orElseThrow();
            byte[] key = application.csr() instanceof CsrSource.SystemGenerated
                    ? keyStore.find(id, certificate.round()).map(stored -> keyGenerator.decryptPrivateKey(stored.encryptedPrivateKey()))
                    .orElse(null)
                    : null;
            String stem = application.identifiers().first().value().replace("*", "_");
            var bundle = bundles.bundle(new CertificateBundles.BundleRequest(certificate.issued().orElseThrow().serialHex(),
                    server, stem, key));
            access.audit(actor, certificate, "Certificate downloaded", server.name() + (key == null ? "" : " with private key"));
            return bundle;
        });
    }

    public String rootPem() {
        return bundles.rootPem();
    }
}
