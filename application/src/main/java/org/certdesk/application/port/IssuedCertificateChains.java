package org.certdesk.application.port;

import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;

/** Port: the PEM the CA signed, by serial: what an ACME client downloads and what revocation by certificate finds. */
public interface IssuedCertificateChains {

    Optional<IssuedChain> bySerial(String serialHex);

    /**
     * @param leafPem  the end-entity certificate
     * @param chainPem the issuing CA certificate (the root is left out, RFC 8555 7.4.2 / RFC 5246 7.4.2)
     */
    record IssuedChain(CertificateId certificate, String serialHex, String leafPem, String chainPem) {

        public String fullChainPem() {
            return leafPem + chainPem;
        }
    }
}
