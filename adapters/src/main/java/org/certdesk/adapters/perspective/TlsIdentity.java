package org.certdesk.adapters.perspective;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * One side's key and certificate chain on the CA-to-perspective channel (the agent's server
 * certificate, or the CA's client certificate), issued by the CertDesk-internal channel CA.
 */
public record TlsIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    public TlsIdentity {
        Objects.requireNonNull(privateKey);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a TLS identity needs its certificate");
        }
    }

    /** Reads a PEM certificate chain (leaf first) and a PEM private key (PKCS#8 or traditional EC/RSA). */
    public static TlsIdentity fromPem(Path certificateChain, Path privateKey) {
        return new TlsIdentity(readPrivateKey(privateKey), readCertificates(certificateChain));
    }

    public static List<X509Certificate> readCertificates(Path file) {
        List<X509Certificate> certificates = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file); PEMParser pem = new PEMParser(in)) {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (Object object = pem.readObject(); object != null; object = pem.readObject()) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("Could not read PEM certificates from " + file + ": " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("No PEM certificate (BEGIN CERTIFICATE) found in " + file);
        }
        return certificates;
    }

    private static PrivateKey readPrivateKey(Path file) {
        try (Reader in = Files.newBufferedReader(file); PEMParser pem = new PEMParser(in)) {
            Object object = pem.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IllegalStateException("No unencrypted PEM private key (BEGIN PRIVATE KEY) found in " + file);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the PEM private key " + file + ": " + e.getMessage(), e);
        }
    }
}
