package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;

/**
 * Port: reads a certificate (optionally followed by its chain) and its private key as the
 * customer pasted or uploaded them, and checks that the key belongs to the certificate. A refusal
 * is an {@link org.certdesk.domain.upload.UploadRejectedException} naming the field to fix.
 */
public interface CertificateUploadInspector {

    /** @param keyPassword for an encrypted key; null or empty when the key is not encrypted */
    InspectedUpload inspect(String certificatePem, String privateKeyPem, char[] keyPassword);

    /**
     * What the upload holds, normalised: the leaf and the chain re-encoded as PEM, and the key as
     * unencrypted PKCS#8 DER (to be encrypted by whoever stores it).
     */
    record InspectedUpload(String certificatePem, String chainPem, String commonName, List<String> subjectAltNames,
                           String issuer, String issuerName, String serialHex, Instant notBefore, Instant notAfter, String sha256Fingerprint,
                           byte[] pkcs8PrivateKey) {

        public InspectedUpload {
            subjectAltNames = List.copyOf(subjectAltNames);
        }
    }
}
