package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;

/**
 * What one X.509 certificate says, as a parser read it: for details pages, never re-derived by hand.
 *
 * @param serialHex       lower-case hex, without leading zero octets
 * @param subjectAltNames the dNSName and iPAddress entries, as written (A-labels for IDNs)
 * @param keyAlgorithm    "RSA" or "EC" with the curve's name, e.g. "EC prime256v1"
 * @param keyBits         the modulus length for RSA, the field size for EC
 * @param sha256          the SHA-256 fingerprint of the DER encoding, upper-case hex pairs joined by colons
 * @param sha1            the SHA-1 fingerprint, in the same form
 * @param pem             the certificate alone, in PEM
 */
public record X509Facts(String serialHex, String subject, String issuer, List<String> subjectAltNames, Instant notBefore,
                        Instant notAfter, String keyAlgorithm, int keyBits, String signatureAlgorithm, String sha256, String sha1,
                        List<String> policyOids, List<String> crlUrls, List<String> ocspUrls, List<String> caIssuerUrls, String pem) {

    public X509Facts {
        subjectAltNames = List.copyOf(subjectAltNames);
        policyOids = List.copyOf(policyOids);
        crlUrls = List.copyOf(crlUrls);
        ocspUrls = List.copyOf(ocspUrls);
        caIssuerUrls = List.copyOf(caIssuerUrls);
    }

    public boolean isSelfIssued() {
        return subject.equals(issuer);
    }
}
