package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
import org.certdesk.adapters.ca.hierarchy.CaUrls;
import org.certdesk.adapters.ca.hierarchy.KeyFamily;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.IpAddress;

/**
 * The subscriber certificate profile (BR 7.1.2.7, SPEC.md changes of 2026-11-25): SANs exactly
 * the validated names, subject per validation type, KU/EKU/BC, AKI without SKI, the type's
 * policy OID, AIA caIssuers and CRL distribution point on the application's public URL.
 */
public final class LeafProfile {

    static final ASN1ObjectIdentifier JURISDICTION_COUNTRY = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.60.2.1.3");
    static final ASN1ObjectIdentifier JURISDICTION_STATE = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.60.2.1.2");
    static final ASN1ObjectIdentifier JURISDICTION_LOCALITY = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.60.2.1.1");

    private final CaUrls urls;
    private final boolean dvCommonName;

    public LeafProfile(CaUrls urls, boolean dvCommonName) {
        this.urls = urls;
        this.dvCommonName = dvCommonName;
    }

    public X509v3CertificateBuilder toBeSigned(SigningRequest request, SubjectPublicKeyInfo subjectKey, SigningCa issuer,
                                        BigInteger serial, Instant notBefore, Instant notAfter) {
        X500Name subject = subject(request);
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer.certificate().getSubject(), serial,
                Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
        boolean rsa = issuer.family() == KeyFamily.RSA;
        // BR 7.1.2.7.11: digitalSignature; keyEncipherment only for RSA (key transport in TLS 1.2).
        add(builder, Extension.keyUsage, true, new KeyUsage(rsa ? KeyUsage.digitalSignature | KeyUsage.keyEncipherment : KeyUsage.digitalSignature));
        // BR 7.1.2.7.10: serverAuth; clientAuth is no longer allowed in TLS server certificates.
        add(builder, Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        // BR 7.1.2.7.8: cA FALSE, critical.
        add(builder, Extension.basicConstraints, true, new BasicConstraints(false));
        // BR 7.1.2.11.1: key identifier only; the issuer's public key gives exactly that.
        add(builder, Extension.authorityKeyIdentifier, false, extensionUtils().createAuthorityKeyIdentifier(issuer.publicKey()));
        // No subjectKeyIdentifier: BR 7.1.2.7.6 NOT RECOMMENDED for subscriber certificates.
        // BR 7.1.2.7.9: the CA/B Forum reserved policy identifier of the validation type.
        add(builder, Extension.certificatePolicies, false, new CertificatePolicies(
                new PolicyInformation(new ASN1ObjectIdentifier(request.type().policyOid()))));
        add(builder, Extension.authorityInfoAccess, false, urls.authorityInformationAccess(issuer.id()));
        add(builder, Extension.cRLDistributionPoints, false, urls.crlDistributionPoint(issuer.id()));
        // BR 7.1.2.7.12: critical exactly when the subject is empty.
        add(builder, Extension.subjectAlternativeName, subject.getRDNs().length == 0, subjectAltNames(request));
        return builder;
    }

    private X500Name subject(SigningRequest request) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
        if (request.type() == ValidationType.EV) {
            // EV Guidelines 7.1.4.2.3-7.1.4.2.5: businessCategory, jurisdiction, registration number.
            EvDetails ev = request.evDetails();
            name.addRDN(BCStyle.BUSINESS_CATEGORY, new DERUTF8String(ev.businessCategory().displayName()));
            name.addRDN(JURISDICTION_COUNTRY, new DERPrintableString(ev.jurisdictionCountry()));
            if (ev.jurisdictionStateOrProvince() != null) {
                name.addRDN(JURISDICTION_STATE, new DERUTF8String(ev.jurisdictionStateOrProvince()));
            }
            if (ev.jurisdictionLocality() != null) {
                name.addRDN(JURISDICTION_LOCALITY, new DERUTF8String(ev.jurisdictionLocality()));
            }
            name.addRDN(BCStyle.SERIALNUMBER, new DERPrintableString(request.organization().registrationNumber()));
        }
        if (request.type().validatesOrganization()) {
            // BR 7.1.2.7.4: countryName, stateOrProvinceName, localityName, organizationName; no OU (BR 7.1.4.2).
            Organization organization = request.organization();
            name.addRDN(BCStyle.C, new DERPrintableString(organization.country()));
            name.addRDN(BCStyle.ST, new DERUTF8String(organization.stateOrProvince()));
            name.addRDN(BCStyle.L, new DERUTF8String(organization.city()));
            name.addRDN(BCStyle.O, new DERUTF8String(organization.legalName()));
        } else if (dvCommonName) {
            // BR 7.1.2.7.2: commonName NOT RECOMMENDED; when present it is one of the SANs, here the first.
            name.addRDN(BCStyle.CN, new DERUTF8String(request.identifiers().first().value()));
        }
        return name.build();
    }

    private static GeneralNames subjectAltNames(SigningRequest request) {
        List<GeneralName> names = new ArrayList<>();
        for (Identifier identifier : request.identifiers()) {
            names.add(switch (identifier) {
                case DomainName domain -> new GeneralName(GeneralName.dNSName, new DERIA5String(domain.ascii()));
                case IpAddress ip -> new GeneralName(GeneralName.iPAddress, new DEROctetString(ip.bytes()));
            });
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static void add(X509v3CertificateBuilder builder, ASN1ObjectIdentifier oid, boolean critical,
                            ASN1Encodable value) {
        CaHierarchyFactory.add(builder, oid, critical, value);
    }

    private static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 for key identifiers is not available", e);
        }
    }
}
