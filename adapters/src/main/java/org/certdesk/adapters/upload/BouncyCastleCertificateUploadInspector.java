package org.certdesk.adapters.upload;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.certdesk.adapters.ca.Pem;
import org.certdesk.application.port.CertificateUploadInspector;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded certificate, its chain and its private key with Bouncy Castle's PEM parser,
 * in the order a customer can act on: the certificate, then the key, then whether they belong
 * together. An expired certificate is accepted: the list shows it as expired.
 */
@Component
public class BouncyCastleCertificateUploadInspector implements CertificateUploadInspector {

    @Override
    public InspectedUpload inspect(String certificatePem, String privateKeyPem, char[] keyPassword) {
        List<X509CertificateHolder> certificates = UploadedPemReader.certificates(certificatePem);
        var privateKey = UploadedPemReader.privateKey(privateKeyPem, keyPassword);
        X509CertificateHolder leaf = certificates.getFirst();
        if (!KeyMatch.matches(privateKey, leaf.getSubjectPublicKeyInfo())) {
            throw new UploadRejectedException(UploadProblem.KEY_MISMATCH);
        }
        StringBuilder chain = new StringBuilder();
        certificates.stream().skip(1).map(Pem::certificate).forEach(chain::append);
        try {
            return new InspectedUpload(Pem.certificate(leaf), chain.toString(), commonName(leaf), subjectAltNames(leaf),
                    leaf.getIssuer().toString(), issuerName(leaf), leaf.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                    leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant(), sha256(leaf.getEncoded()),
                    privateKey.getEncoded());
        } catch (IOException | RuntimeException unreadable) {
            // The parser reads names, extensions and dates only when asked: malformed DER there
            // throws IllegalArgumentException and the like from here (found by UploadedPemFuzzTest).
            throw new UploadRejectedException(UploadProblem.CERTIFICATE_UNREADABLE);
        }
    }

    private static String commonName(X509CertificateHolder certificate) {
        RDN[] names = certificate.getSubject().getRDNs(BCStyle.CN);
        return names.length == 0 ? null : IETFUtils.valueToString(names[0].getFirst().getValue());
    }

    /** What people call the issuer ("R11", "GlobalSign GCC R6 AlphaSSL CA 2025"): its CN, else its O, else the whole DN. */
    private static String issuerName(X509CertificateHolder certificate) {
        for (var attribute : new org.bouncycastle.asn1.ASN1ObjectIdentifier[] {BCStyle.CN, BCStyle.O}) {
            RDN[] names = certificate.getIssuer().getRDNs(attribute);
            if (names.length > 0) {
                return IETFUtils.valueToString(names[0].getFirst().getValue());
            }
        }
        return certificate.getIssuer().toString();
    }

    /** DNS names, IP addresses and e-mail addresses, as text; other kinds of name are not shown. */
    private static List<String> subjectAltNames(X509CertificateHolder certificate) {
        GeneralNames names = GeneralNames.fromExtensions(certificate.getExtensions(), Extension.subjectAlternativeName);
        List<String> shown = new ArrayList<>();
        if (names == null) {
            return shown;
        }
        for (GeneralName name : names.getNames()) {
            switch (name.getTagNo()) {
                case GeneralName.dNSName, GeneralName.rfc822Name -> shown.add(((ASN1String) name.getName()).getString());
                case GeneralName.iPAddress -> shown.add(ipAddress(ASN1OctetString.getInstance(name.getName()).getOctets()));
                default -> {
                    // directory names, URIs and other names: not something a customer monitors a server by
                }
            }
        }
        return shown;
    }

    private static String ipAddress(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (UnknownHostException e) {
            return HexFormat.of().formatHex(octets);
        }
    }

    private static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
