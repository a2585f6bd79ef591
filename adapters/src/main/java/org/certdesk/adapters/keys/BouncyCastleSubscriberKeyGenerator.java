package org.certdesk.adapters.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.secret.MasterSecret;
import org.certdesk.adapters.secret.SecretBox;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The console-side key maker for system-generated CSRs (BR 6.1.1.3: never the CA): a key pair
 * of the chosen algorithm, a PKCS#10 CSR asking for the names in a subjectAltName extension
 * request, and the PKCS#8 private key sealed with AES-GCM under its own derivation of the master
 * secret (a different label from the CA keys).
 */
@Component
public class BouncyCastleSubscriberKeyGenerator implements SubscriberKeyGenerator {

    static final String KEY_PURPOSE = "certdesk/subscriber-private-keys";

    private final SecretBox keyBox;

    @Autowired
    BouncyCastleSubscriberKeyGenerator(MasterSecret masterSecret) {
        this(new SecretBox(masterSecret, KEY_PURPOSE));
    }

    public BouncyCastleSubscriberKeyGenerator(SecretBox keyBox) {
        this.keyBox = keyBox;
    }

    @Override
    public GeneratedKey generate(KeyAlgorithm algorithm, Identifiers names) {
        KeyPair keys = keyPair(algorithm);
        PKCS10CertificationRequest csr = csr(keys, algorithm, names);
        try {
            return new GeneratedKey(Pem.encode("CERTIFICATE REQUEST", csr.getEncoded()), keyBox.seal(keys.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] decryptPrivateKey(byte[] encryptedPrivateKey) {
        return keyBox.open(encryptedPrivateKey);
    }

    private static KeyPair keyPair(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.isRsa() ? "RSA" : "EC");
            if (algorithm.isRsa()) {
                generator.initialize(new RSAKeyGenParameterSpec(algorithm.bits(), RSAKeyGenParameterSpec.F4));
            } else {
                generator.initialize(new ECGenParameterSpec(algorithm == KeyAlgorithm.EC_P256 ? "secp256r1" : "secp384r1"));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a " + algorithm.displayName() + " key", e);
        }
    }

    private static PKCS10CertificationRequest csr(KeyPair keys, KeyAlgorithm algorithm, Identifiers names) {
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(Extension.subjectAlternativeName, false, subjectAltNames(names));
            // The commonName only helps tools that still show it; the CA reads the SAN extension request.
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, names.first().value()).build();
            String signature = algorithm.isRsa() ? "SHA256withRSA" : algorithm == KeyAlgorithm.EC_P384 ? "SHA384withECDSA" : "SHA256withECDSA";
            return new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
                    .build(new JcaContentSignerBuilder(signature).build(keys.getPrivate()));
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot build the CSR", e);
        }
    }

    private static GeneralNames subjectAltNames(Identifiers names) {
        return new GeneralNames(names.asList().stream().map(BouncyCastleSubscriberKeyGenerator::generalName).toArray(GeneralName[]::new));
    }

    private static GeneralName generalName(Identifier identifier) {
        return switch (identifier) {
            case DomainName domain -> new GeneralName(GeneralName.dNSName, new DERIA5String(domain.ascii()));
            case IpAddress ip -> new GeneralName(GeneralName.iPAddress, new DEROctetString(ip.bytes()));
        };
    }
}
