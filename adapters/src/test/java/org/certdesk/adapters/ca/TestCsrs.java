package org.certdesk.adapters.ca;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.List;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.certdesk.domain.certificate.BusinessCategory;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;

/** Fixtures: customer-made CSRs and organization data, as an uploaded CSR would arrive. */
public final class TestCsrs {

    private TestCsrs() {
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSR with the names in a SAN extension request and the first as commonName, like openssl req makes. */
    public static String csr(KeyPair keys, String... dnsNames) {
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            GeneralName[] names = List.of(dnsNames).stream().map(n -> new GeneralName(GeneralName.dNSName, new DERIA5String(n)))
                    .toArray(GeneralName[]::new);
            extensions.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            PKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + dnsNames[0]), keys.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            return Pem.encode("CERTIFICATE REQUEST", builder.build(signer(keys)).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSR whose subjectAltName extension holds the given bytes, well-formed DER or not. */
    public static String csrWithRawSubjectAltName(KeyPair keys, byte[] sanValue) {
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(Extension.subjectAlternativeName, false, sanValue);
            return Pem.encode("CERTIFICATE REQUEST", new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=example.com"), keys.getPublic())
                    .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate()).build(signer(keys)).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSR that names its domain only in the subject commonName (older tools). */
    public static String csrWithCommonNameOnly(KeyPair keys, String commonName) {
        try {
            return Pem.encode("CERTIFICATE REQUEST", new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), keys.getPublic())
                    .build(signer(keys)).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.bouncycastle.operator.ContentSigner signer(KeyPair keys) throws Exception {
        return new JcaContentSignerBuilder(keys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
                .build(keys.getPrivate());
    }

    public static Organization organization() {
        return new Organization("Example Trading Co., Ltd.", "91110000600037341L", "Limited company", "CN", "Beijing",
                "Beijing", "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678"));
    }

    public static EvDetails evDetails() {
        return new EvDetails("CN", "Beijing", null, BusinessCategory.PRIVATE_ORGANIZATION, LocalDate.of(2001, 5, 1),
                new EvDetails.Superior("Zhang San", "CTO", PhoneNumber.parse("+86 10 8765 4321"),
                        EmailAddress.parse("zhang.san@example.com")));
    }
}
