package org.certdesk.adapters.ca.issuance;

import java.time.Instant;

/** What a download needs of one issued certificate: the leaf, its chain (the intermediate) and the root, as PEM. */
public record IssuedCertificateFiles(String serialHex, long certificateId, String leafPem, String chainPem, String rootPem,
                                     Instant notBefore, Instant notAfter) {

    /** Leaf then intermediate, as nginx's ssl_certificate wants it. */
    public String fullChainPem() {
        return leafPem + chainPem;
    }
}
