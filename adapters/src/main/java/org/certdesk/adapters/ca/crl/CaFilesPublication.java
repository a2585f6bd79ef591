package org.certdesk.adapters.ca.crl;

import org.certdesk.adapters.ca.hierarchy.CaCertificates;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.CaUrls;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.certdesk.application.port.CaPublication;
import org.springframework.stereotype.Component;

/** Serves the hierarchy's certificates and CRLs for the public /ca and /crl addresses (CaUrls). */
@Component
class CaFilesPublication implements CaPublication {

    private final CaHierarchyKeeper hierarchy;
    private final CrlPublisher crls;
    private final CaCertificates certificates;

    CaFilesPublication(CaHierarchyKeeper hierarchy, CrlPublisher crls, CaCertificates certificates) {
        this.hierarchy = hierarchy;
        this.crls = crls;
        this.certificates = certificates;
    }

    @Override
    public java.util.List<Authority> authorities() {
        return certificates.all().stream().map(ca -> {
            var crl = crls.current(ca.id());
            return new Authority(ca.id(), ca.role(), ca.subject(), crl.number(), crl.thisUpdate(), crl.nextUpdate());
        }).toList();
    }

    @Override
    public String rootPem() {
        return hierarchy.hierarchy().root().pem();
    }

    @Override
    public Optional<byte[]> caCertificateDer(String caId) {
        return Optional.ofNullable(hierarchy.hierarchy().byId(caId)).map(CaFilesPublication::der);
    }

    @Override
    public Optional<byte[]> crlDer(String caId) {
        if (hierarchy.hierarchy().byId(caId) == null) {
            return Optional.empty();
        }
        return Optional.of(crls.current(caId).der());
    }

    private static byte[] der(SigningCa ca) {
        try {
            return ca.certificate().getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
