package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import java.util.Locale;
import java.util.Optional;

import org.certdesk.adapters.ca.issuance.IssuedCertificateStore.StoredLeaf;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.stereotype.Component;

/** Read side for downloads: an issued certificate's PEM files by serial or by the purchased certificate. */
@Component
public class IssuedCertificates {

    private final IssuedCertificateStore store;
    private final CaHierarchyKeeper hierarchy;

    IssuedCertificates(IssuedCertificateStore store, CaHierarchyKeeper hierarchy) {
        this.store = store;
        this.hierarchy = hierarchy;
    }

    public Optional<IssuedCertificateFiles> bySerial(String serialHex) {
        return store.findBySerial(serialHex.toLowerCase(Locale.ROOT)).map(this::files);
    }

    /** The latest leaf issued for this certificate (a renewal or re-issue adds a newer one). */
    public Optional<IssuedCertificateFiles> latestFor(CertificateId certificate) {
        return store.findLatestByCertificate(certificate.value()).map(this::files);
    }

    private IssuedCertificateFiles files(StoredLeaf leaf) {
        return new IssuedCertificateFiles(leaf.serialHex(), leaf.certificateId(), leaf.leafPem(), leaf.chainPem(),
                hierarchy.hierarchy().root().pem(), leaf.notBefore(), leaf.notAfter());
    }
}
