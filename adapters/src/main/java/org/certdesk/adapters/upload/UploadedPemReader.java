package org.certdesk.adapters.upload;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;

/**
 * The PEM text a customer pasted, read by Bouncy Castle's parser: certificates for one field, a
 * private key for the other. The key may be PKCS#8, PKCS#1 RSA or SEC1 EC, and may be encrypted
 * (PKCS#8 "ENCRYPTED PRIVATE KEY", or OpenSSL's legacy Proc-Type header).
 */
final class UploadedPemReader {

    /** Used as an object, never registered: decrypting PBES2 keys must not depend on the JDK's provider list. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private UploadedPemReader() {
    }

    /** The certificate, then any chain that followed it, in the order pasted. */
    static List<X509CertificateHolder> certificates(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new UploadRejectedException(UploadProblem.CERTIFICATE_REQUIRED);
        }
        List<X509CertificateHolder> certificates = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (!(object instanceof X509CertificateHolder certificate)) {
                    throw new UploadRejectedException(UploadProblem.CERTIFICATE_HAS_OTHER_CONTENT);
                }
                certificates.add(certificate);
            }
        } catch (IOException | RuntimeException unreadable) {
            rethrowIfRejected(unreadable);
            throw new UploadRejectedException(UploadProblem.CERTIFICATE_UNREADABLE);
        }
        if (certificates.isEmpty()) {
            throw new UploadRejectedException(UploadProblem.CERTIFICATE_UNREADABLE);
        }
        return certificates;
    }

    static PrivateKeyInfo privateKey(String pem, char[] password) {
        if (pem == null || pem.isBlank()) {
            throw new UploadRejectedException(UploadProblem.KEY_REQUIRED);
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                switch (object) {
                    case PrivateKeyInfo info -> {
                        return info;
                    }
                    case PEMKeyPair pair -> {
                        return pair.getPrivateKeyInfo();
                    }
                    case PKCS8EncryptedPrivateKeyInfo encrypted -> {
                        return decrypt(encrypted, password);
                    }
                    case PEMEncryptedKeyPair encrypted -> {
                        return decrypt(encrypted, password);
                    }
                    case X509CertificateHolder certificate -> throw new UploadRejectedException(UploadProblem.KEY_IS_NOT_A_KEY);
                    case PKCS10CertificationRequest request -> throw new UploadRejectedException(UploadProblem.KEY_IS_NOT_A_KEY);
                    // "openssl ecparam -genkey" writes the curve before the key: skip it.
                    case ASN1ObjectIdentifier curve -> { }
                    case X9ECParameters curve -> { }
                    default -> throw new UploadRejectedException(UploadProblem.KEY_UNREADABLE);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            rethrowIfRejected(unreadable);
            throw new UploadRejectedException(UploadProblem.KEY_UNREADABLE);
        }
        throw new UploadRejectedException(UploadProblem.KEY_UNREADABLE);
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password) {
        try {
            return encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC)
                    .build(requirePassword(password)));
        } catch (OperatorCreationException | PKCSException | RuntimeException wrong) {
            rethrowIfRejected(wrong);
            throw new UploadRejectedException(UploadProblem.KEY_PASSWORD_WRONG);
        }
    }

    private static PrivateKeyInfo decrypt(PEMEncryptedKeyPair encrypted, char[] password) {
        try {
            return encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC).build(requirePassword(password)))
                    .getPrivateKeyInfo();
        } catch (IOException | RuntimeException wrong) {
            rethrowIfRejected(wrong);
            throw new UploadRejectedException(UploadProblem.KEY_PASSWORD_WRONG);
        }
    }

    private static char[] requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new UploadRejectedException(UploadProblem.KEY_PASSWORD_REQUIRED);
        }
        return password;
    }

    private static void rethrowIfRejected(Exception e) {
        if (e instanceof UploadRejectedException rejected) {
            throw rejected;
        }
    }
}
