package org.certdesk.adapters.ca.hierarchy;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes a new CA hierarchy: a self-signed ECDSA P-384 root (20 years) and two issuing
 * intermediates, ECDSA P-256 and RSA-2048 (5 years, pathLen 0, EKU serverAuth), each with SKI and
 * AKI (BR 7.1.2.1 root, 7.1.2.6 TLS subordinate CA), subjects C, O and CN (BR 7.1.2.10.2). Pure
 * cryptography, no storage.
 */
public final class CaHierarchyFactory {

    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365 + 5);
    private static final Duration ISSUER_VALIDITY = Duration.ofDays(5 * 365 + 1);
    private static final String ROOT_SIGNATURE = "SHA384withECDSA";
    private static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");

    private final CaUrls urls;
    private final CaCountry country;
    private final JcaX509ExtensionUtils extensionUtils;

    public CaHierarchyFactory(CaUrls urls, CaCountry country) {
        this.urls = urls;
        this.country = country;
        try {
            this.extensionUtils = new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 for key identifiers is not available", e);
        }
    }

    public CaHierarchy create(Instant now) {
        Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
        KeyPair rootKeys = ecKeyPair("secp384r1");
        String rootId = "root-" + keyIdPrefix(rootKeys.getPublic());
        X500Name rootName = name("CertDesk Simulated Root CA R1");
        X509v3CertificateBuilder root = builder(rootName, rootName, rootKeys.getPublic(), notBefore, notBefore.plus(ROOT_VALIDITY));
        add(root, Extension.basicConstraints, true, new BasicConstraints(true));
        add(root, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        add(root, Extension.subjectKeyIdentifier, false, ski(rootKeys.getPublic()));
        add(root, Extension.authorityKeyIdentifier, false, extensionUtils.createAuthorityKeyIdentifier(rootKeys.getPublic()));
        SigningCa rootCa = new SigningCa(rootId, KeyFamily.EC, sign(root, ROOT_SIGNATURE, rootKeys.getPrivate()),
                rootKeys.getPublic(), rootKeys.getPrivate());

        SigningCa ec = issuer(rootCa, KeyFamily.EC, ecKeyPair("secp256r1"), "ecc", "CertDesk Simulated ECC Issuing CA E1", notBefore);
        SigningCa rsa = issuer(rootCa, KeyFamily.RSA, rsaKeyPair(), "rsa", "CertDesk Simulated RSA Issuing CA R1", notBefore);
        return new CaHierarchy(rootCa, ec, rsa);
    }

    private SigningCa issuer(SigningCa root, KeyFamily family, KeyPair keys, String idPrefix, String commonName, Instant notBefore) {
        String id = idPrefix + "-" + keyIdPrefix(keys.getPublic());
        X509v3CertificateBuilder builder = builder(root.certificate().getSubject(), name(commonName), keys.getPublic(),
                notBefore, notBefore.plus(ISSUER_VALIDITY));
        // BR 7.1.2.6: TLS subordinate CA, pathLenConstraint 0 since it signs only leaves.
        add(builder, Extension.basicConstraints, true, new BasicConstraints(0));
        add(builder, Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
        add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        add(builder, Extension.subjectKeyIdentifier, false, ski(keys.getPublic()));
        add(builder, Extension.authorityKeyIdentifier, false, extensionUtils.createAuthorityKeyIdentifier(root.publicKey()));
        // BR 7.1.2.10.5: an affiliated CA may assert anyPolicy.
        add(builder, Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(ANY_POLICY)));
        add(builder, Extension.authorityInfoAccess, false, urls.authorityInformationAccess(root.id()));
        add(builder, Extension.cRLDistributionPoints, false, urls.crlDistributionPoint(root.id()));
        X509CertificateHolder certificate = sign(builder, ROOT_SIGNATURE, root.privateKey());
        return new SigningCa(id, family, certificate, keys.getPublic(), keys.getPrivate());
    }

    /** BR 7.1.2.10.2: countryName, organizationName and commonName are MUST, in the order of BR 7.1.4.2 (7.1.4.1). */
    private X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, country.code()).addRDN(BCStyle.O, "CertDesk")
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key, Instant notBefore, Instant notAfter) {
        BigInteger serial = Serials.random();
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter), subject, key);
    }

    private SubjectKeyIdentifier ski(PublicKey key) {
        return extensionUtils.createSubjectKeyIdentifier(key);
    }

    private String keyIdPrefix(PublicKey key) {
        return HexFormat.of().formatHex(ski(key).getKeyIdentifier()).substring(0, 8);
    }

    public static void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new IllegalStateException("Cannot encode extension " + oid, e);
        }
    }

    public static X509CertificateHolder sign(X509v3CertificateBuilder builder, String algorithm, PrivateKey key) {
        try {
            // The JDK's default provider: faster than Bouncy Castle's on JDK 25 (STACK.md).
            return builder.build(new JcaContentSignerBuilder(algorithm).build(key));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Cannot sign with " + algorithm, e);
        }
    }

    public static KeyPair ecKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an EC key on " + curve, e);
        }
    }

    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }
}
