package org.certdesk.adapters.x509;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.ca.hierarchy.Serials;
import org.certdesk.application.port.X509Facts;
import org.certdesk.application.port.X509Reader;
import org.springframework.stereotype.Component;

/**
 * Reads certificates with Bouncy Castle's ASN.1 classes and the JDK's key types: the facts a
 * details page shows, never by hand-parsing. Only what the CA stored or an upload already
 * accepted comes here, so anything unreadable is a bug, not a user's mistake.
 */
@Component
class BouncyCastleX509Reader implements X509Reader {

    private static final JcaX509CertificateConverter JCA = new JcaX509CertificateConverter();
    private static final DefaultAlgorithmNameFinder ALGORITHM_NAMES = new DefaultAlgorithmNameFinder();

    @Override
    public List<X509Facts> read(String pem) {
        List<X509Facts> facts = new ArrayList<>();
        if (pem == null || pem.isBlank()) {
            return facts;
        }
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder certificate) {
                    facts.add(facts(certificate));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return facts;
    }

    private static X509Facts facts(X509CertificateHolder certificate) throws IOException {
        byte[] der = certificate.getEncoded();
        Extensions extensions = certificate.getExtensions();
        SubjectPublicKeyInfo key = certificate.getSubjectPublicKeyInfo();
        PublicKey publicKey = publicKey(certificate);
        return new X509Facts(Serials.hex(certificate.getSerialNumber()), certificate.getSubject().toString(),
                certificate.getIssuer().toString(), subjectAltNames(extensions), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), keyAlgorithm(key, publicKey), keyBits(publicKey),
                ALGORITHM_NAMES.getAlgorithmName(certificate.getSignatureAlgorithm()), fingerprint("SHA-256", der),
                fingerprint("SHA-1", der), policies(extensions), crlUrls(extensions),
                accessUrls(extensions, AccessDescription.id_ad_ocsp), accessUrls(extensions, AccessDescription.id_ad_caIssuers),
                Pem.certificate(certificate));
    }

    private static PublicKey publicKey(X509CertificateHolder certificate) {
        try {
            return JCA.getCertificate(certificate).getPublicKey();
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate does not convert to a JCA certificate", e);
        }
    }

    private static String keyAlgorithm(SubjectPublicKeyInfo key, PublicKey publicKey) {
        if (publicKey instanceof ECPublicKey
                && key.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve) {
            String name = ECNamedCurveTable.getName(curve);
            return "EC " + (name == null ? curve.getId() : name);
        }
        return publicKey.getAlgorithm();
    }

    private static int keyBits(PublicKey publicKey) {
        return switch (publicKey) {
            case RSAPublicKey rsa -> rsa.getModulus().bitLength();
            case ECPublicKey ec -> ec.getParams().getCurve().getField().getFieldSize();
            default -> 0;
        };
    }

    private static List<String> subjectAltNames(Extensions extensions) {
        GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        List<String> sans = new ArrayList<>();
        if (names == null) {
            return sans;
        }
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.dNSName) {
                sans.add(ASN1IA5String.getInstance(name.getName()).getString());
            } else if (name.getTagNo() == GeneralName.iPAddress) {
                sans.add(ipText(ASN1OctetString.getInstance(name.getName()).getOctets()));
            }
        }
        return sans;
    }

    private static String ipText(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (UnknownHostException e) {
            return HexFormat.of().formatHex(octets);
        }
    }

    private static List<String> policies(Extensions extensions) {
        CertificatePolicies policies = CertificatePolicies.fromExtensions(extensions);
        List<String> oids = new ArrayList<>();
        if (policies != null) {
            for (PolicyInformation policy : policies.getPolicyInformation()) {
                oids.add(policy.getPolicyIdentifier().getId());
            }
        }
        return oids;
    }

    private static List<String> crlUrls(Extensions extensions) {
        List<String> urls = new ArrayList<>();
        Extension extension = extensions == null ? null : extensions.getExtension(Extension.cRLDistributionPoints);
        if (extension == null) {
            return urls;
        }
        for (DistributionPoint point : CRLDistPoint.getInstance(extension.getParsedValue()).getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                urls.addAll(uris(GeneralNames.getInstance(name.getName())));
            }
        }
        return urls;
    }

    private static List<String> accessUrls(Extensions extensions, ASN1ObjectIdentifier method) {
        AuthorityInformationAccess access = AuthorityInformationAccess.fromExtensions(extensions);
        List<String> urls = new ArrayList<>();
        if (access != null) {
            for (AccessDescription description : access.getAccessDescriptions()) {
                if (description.getAccessMethod().equals(method)) {
                    urls.addAll(uris(new GeneralNames(description.getAccessLocation())));
                }
            }
        }
        return urls;
    }

    private static List<String> uris(GeneralNames names) {
        return Arrays.stream(names.getNames()).filter(name -> name.getTagNo() == GeneralName.uniformResourceIdentifier)
                .map(name -> ASN1IA5String.getInstance(name.getName()).getString()).toList();
    }

    /** Upper-case hex pairs joined by colons, as openssl and browsers print fingerprints. */
    private static String fingerprint(String algorithm, byte[] der) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
