package org.certdesk.adapters.ca.hierarchy;

import org.certdesk.adapters.ca.Pem;
import java.security.PrivateKey;
import java.security.PublicKey;

import org.bouncycastle.cert.X509CertificateHolder;

/** One CA certificate of the hierarchy with its private key, decrypted in memory only. */
public record SigningCa(String id, KeyFamily family, X509CertificateHolder certificate, PublicKey publicKey, PrivateKey privateKey) {

    public String pem() {
        return Pem.certificate(certificate);
    }

    @Override
    public String toString() {
        // Never let a log line or a debugger's toString print the key.
        return "SigningCa[" + id + ", " + certificate.getSubject() + "]";
    }
}
