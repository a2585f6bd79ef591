package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.TestCsrs;
import org.certdesk.adapters.ca.hierarchy.CaCountry;
import org.certdesk.adapters.ca.hierarchy.CaHierarchy;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
import org.certdesk.adapters.ca.hierarchy.CaUrls;
import org.certdesk.adapters.ca.hierarchy.Serials;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.junit.jupiter.api.Test;

class LeafProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final CaUrls URLS = new CaUrls("https://certs.example.com/");
    private static final CaHierarchy CA = new CaHierarchyFactory(URLS, CaCountry.of("US")).create(NOW);

    @Test
    void aDvCertificateHasAnEmptySubjectAndACriticalSanByDefault() {
        X509CertificateHolder certificate = dvLeaf(false);

        assertThat(certificate.getSubject().getRDNs()).isEmpty();
        assertThat(certificate.getExtension(Extension.subjectAlternativeName).isCritical()).isTrue();
    }

    @Test
    void theDvCommonNameOptionPutsTheFirstSanInTheSubjectAndMakesTheSanNonCritical() {
        X509CertificateHolder certificate = dvLeaf(true);

        assertThat(certificate.getSubject().toString()).isEqualTo("CN=www.xn--bcher-kva.com");
        assertThat(certificate.getExtension(Extension.subjectAlternativeName).isCritical()).isFalse();
    }

    @Test
    void aiaAndCrlUrlsUseThePublicUrlAndTheIssuerId() {
        X509CertificateHolder certificate = dvLeaf(false);

        String caIssuers = AuthorityInformationAccess.fromExtensions(certificate.getExtensions()).getAccessDescriptions()[0]
                .getAccessLocation().getName().toString();
        String crl = GeneralNames.getInstance(CRLDistPoint.fromExtensions(certificate.getExtensions()).getDistributionPoints()[0]
                .getDistributionPoint().getName()).getNames()[0].getName().toString();
        assertThat(caIssuers).isEqualTo("https://certs.example.com/ca/" + CA.ecIssuer().id() + ".crt");
        assertThat(crl).isEqualTo("https://certs.example.com/crl/" + CA.ecIssuer().id() + ".crl");
    }

    private static X509CertificateHolder dvLeaf(boolean commonName) {
        Identifiers names = Identifiers.parseLines("www.bücher.com\nbücher.com");
        SigningRequest request = new SigningRequest(CertificateId.of(7), ValidationType.DV, names, "unused", null, null,
                NOW, NOW.plus(Duration.ofDays(30)));
        var builder = new LeafProfile(URLS, commonName).toBeSigned(request,
                SubjectPublicKeyInfo.getInstance(TestCsrs.ec("secp256r1").getPublic().getEncoded()), CA.ecIssuer(), Serials.random(),
                NOW, NOW.plus(Duration.ofDays(30)));
        return CaHierarchyFactory.sign(builder, "SHA256withECDSA", CA.ecIssuer().privateKey());
    }
}
