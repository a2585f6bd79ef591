package org.certdesk.adapters.ca.issuance;

import java.util.Locale;
import java.util.Optional;

import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.stereotype.Component;

/** The leaf and its issuing CA as the CA stored them, for ACME downloads and revocation by certificate. */
@Component
class CaIssuedCertificateChains implements IssuedCertificateChains {

    private final IssuedCertificateStore store;

    CaIssuedCertificateChains(IssuedCertificateStore store) {
        this.store = store;
    }

    @Override
    public Optional<IssuedChain> bySerial(String serialHex) {
        return store.findBySerial(serialHex.toLowerCase(Locale.ROOT)).map(leaf -> new IssuedChain(
                CertificateId.of(leaf.certificateId()), leaf.serialHex(), leaf.leafPem(), leaf.chainPem()));
    }
}
