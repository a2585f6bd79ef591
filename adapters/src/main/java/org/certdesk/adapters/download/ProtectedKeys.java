package org.certdesk.adapters.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.List;

import javax.crypto.spec.PBEParameterSpec;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObject;
import org.certdesk.domain.download.KeyPassword;
import org.certdesk.domain.download.KeyProtection;

/**
 * A private key written the way the customer chose: encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE
 * KEY", PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC) or clear PKCS#8 PEM, and the PKCS#12 and
 * JKS stores under the customer's password.
 */
final class ProtectedKeys {

    /** PBKDF2-HMAC-SHA256 iterations: OWASP's 2023 figure for that PRF; paid once per download, by every guess of an attacker. */
    static final int PBKDF2_ITERATIONS = 600_000;
    /**
     * The JDK's PKCS#12 algorithm for the key bag (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC). The
     * certificates and the MAC follow the JDK's keystore.pkcs12.* defaults, which since JDK 17 are
     * the same PBES2/AES-256 and HMAC-SHA256; the adapter test reads both back with openssl.
     */
    private static final String PKCS12_KEY_ALGORITHM = "PBEWithHmacSHA256AndAES_256";
    static final String ALIAS = "certdesk";
    /** Not registered globally: only the PEM encryptor needs BC's "AES/CBC/PKCS7Padding" name. */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final SecureRandom random;

    ProtectedKeys(SecureRandom random) {
        this.random = random;
    }

    /** The key as PKCS#8 PEM, which nginx, Apache and openssl read for RSA and EC alike; encrypted unless chosen otherwise. */
    String pem(byte[] pkcs8, KeyProtection protection) {
        return switch (protection) {
            case KeyProtection.Unencrypted ignored -> pem(new PemObject("PRIVATE KEY", pkcs8));
            case KeyProtection.Encrypted encrypted -> encryptedPem(pkcs8, encrypted.password());
        };
    }

    private String encryptedPem(byte[] pkcs8, KeyPassword password) {
        char[] chars = password.chars();
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(PBKDF2_ITERATIONS)
                    .setRandom(random)
                    .setProvider(BC)
                    .setPassword(chars)
                    .build();
            return pem(new JcaPKCS8Generator(privateKey(pkcs8), encryptor).generate());
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not encrypt the private key", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * A PKCS#12 or JKS store with the key and its chain under one password. JKS can only protect
     * its key with its own old scheme; the customer's password is still what opens it.
     */
    byte[] keyStore(String type, byte[] pkcs8, List<Certificate> chain, KeyPassword password) {
        char[] chars = password.chars();
        try {
            KeyStore store = KeyStore.getInstance(type, "SUN");
            store.load(null, null);
            var entry = new KeyStore.PrivateKeyEntry(privateKey(pkcs8), chain.toArray(Certificate[]::new));
            store.setEntry(ALIAS, entry, protection(type, chars));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, chars);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not build the " + type + " store", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private KeyStore.PasswordProtection protection(String type, char[] password) {
        if (!type.equals("PKCS12")) {
            return new KeyStore.PasswordProtection(password);
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new KeyStore.PasswordProtection(password, PKCS12_KEY_ALGORITHM, new PBEParameterSpec(salt, PBKDF2_ITERATIONS));
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return new JcaPEMKeyConverter().getPrivateKey(PrivateKeyInfo.getInstance(pkcs8));
        } catch (IOException e) {
            throw new IllegalStateException("The stored private key does not decode", e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
