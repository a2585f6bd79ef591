package org.certdesk.adapters.upload;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Test fixtures: a small foreign PKI made with Bouncy Castle (root, intermediate, server
 * certificate), standing in for a certificate a customer bought from another CA.
 */
public final class ElsewhereIssued {

    /** A server certificate with the chain that issued it and its key. */
    public record Issued(KeyPair keys, X509CertificateHolder leaf, X509CertificateHolder intermediate, X509CertificateHolder root) {

        public String leafPem() {
            return pem(leaf);
        }

        /** The leaf followed by its intermediate, as most CAs deliver it. */
        public String fullChainPem() {
            return pem(leaf) + pem(intermediate);
        }

        public String rootPem() {
            return pem(root);
        }

        /** The key as unencrypted PKCS#8 ("BEGIN PRIVATE KEY"). */
        public String pkcs8Pem() {
            return pem(new PemObject("PRIVATE KEY", keys.getPrivate().getEncoded()));
        }

        /** The key in OpenSSL's traditional form: PKCS#1 for RSA ("BEGIN RSA PRIVATE KEY"), SEC1 for EC. */
        public String traditionalPem() {
            if (keys.getPrivate().getAlgorithm().equals("RSA")) {
                return pem(keys.getPrivate());
            }
            // SEC1 with the named curve inside, as "openssl ec" writes it (the JDK's PKCS#8 keeps the curve outside).
            try {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded());
                ECPrivateKey inner = ECPrivateKey.getInstance(info.parsePrivateKey());
                ECPrivateKey sec1 = new ECPrivateKey(256, inner.getKey(), info.getPrivateKeyAlgorithm().getParameters());
                return pem(new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private ElsewhereIssued() {
    }

    public static KeyPair rsa() {
        return keyPair("RSA", null);
    }

    public static KeyPair ec() {
        return keyPair("EC", "secp256r1");
    }

    /** A server certificate for the names, valid from {@code notBefore} to {@code notAfter}, under a fresh root and intermediate. */
    public static Issued issue(KeyPair leafKeys, Instant notBefore, Instant notAfter, String... dnsNames) {
        KeyPair rootKeys = ec();
        KeyPair intermediateKeys = ec();
        Instant now = Instant.now();
        X500Name rootName = new X500Name("C=US,O=Elsewhere Trust,CN=Elsewhere Root");
        X500Name intermediateName = new X500Name("C=US,O=Elsewhere Trust,CN=Elsewhere TLS CA");
        X509CertificateHolder root = certificate(rootName, rootName, rootKeys.getPublic(), rootKeys.getPrivate(), true,
                now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(3650)), new String[0]);
        X509CertificateHolder intermediate = certificate(rootName, intermediateName, intermediateKeys.getPublic(),
                rootKeys.getPrivate(), true, now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(1800)), new String[0]);
        X509CertificateHolder leaf = certificate(intermediateName, new X500Name("CN=" + dnsNames[0]), leafKeys.getPublic(),
                intermediateKeys.getPrivate(), false, notBefore, notAfter, dnsNames);
        return new Issued(leafKeys, leaf, intermediate, root);
    }

    /** Valid for the next {@code days} days, issued a week ago. */
    public static Issued issue(KeyPair leafKeys, int days, String... dnsNames) {
        Instant now = Instant.now();
        return issue(leafKeys, now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(days)), dnsNames);
    }

    public static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static X509CertificateHolder certificate(X500Name issuer, X500Name subject, PublicKey key, PrivateKey signer, boolean ca,
                                                     Instant notBefore, Instant notAfter, String[] dnsNames) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)), Date.from(notBefore),
                    Date.from(notAfter), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                            : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (dnsNames.length > 0) {
                GeneralName[] names = java.util.Arrays.stream(dnsNames).map(n -> new GeneralName(GeneralName.dNSName, n))
                        .toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair(String algorithm, String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve == null) {
                generator.initialize(2048);
            } else {
                generator.initialize(new ECGenParameterSpec(curve));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
