package org.certdesk.adapters.ca.lint;

import org.certdesk.adapters.ca.TestCsrs;
import org.certdesk.adapters.ca.hierarchy.CaCountry;
import org.certdesk.adapters.ca.hierarchy.CaHierarchy;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
import org.certdesk.adapters.ca.hierarchy.CaUrls;
import org.certdesk.adapters.ca.hierarchy.Serials;
import org.certdesk.adapters.ca.issuance.LeafProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class CertificateLintTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final CaUrls LOCAL_URLS = new CaUrls("http://localhost:8080");
    private static final CaHierarchy CA = new CaHierarchyFactory(LOCAL_URLS, CaCountry.of("US")).create(NOW);
    private static final KeyPair SUBSCRIBER = TestCsrs.ec("secp256r1");

    private final CertificateLint lint = CertificateLint.subscriberCertificate();
    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    @Test
    void aProfileCertificateOnALocalPublicUrlPassesWithOnlyANote() throws Exception {
        TBSCertificate certificate = tbs(leaf("www.example.com", NOW, NOW.plus(Duration.ofDays(90))));

        var findings = lint.findings(input(certificate, "www.example.com"));

        assertThat(findings).extracting(LintFinding::severity).containsOnly(LintFinding.Severity.NOTICE);
        assertThat(findings).extracting(LintFinding::message).anyMatch(m -> m.contains("local address"));
        assertThatCode(() -> lint.requireClean(input(certificate, "www.example.com"))).doesNotThrowAnyException();
    }

    @Test
    void refusesAValidityOverTheDatedMaximum() throws Exception {
        TBSCertificate certificate = tbs(leaf("www.example.com", NOW, NOW.plus(Duration.ofDays(398))));

        assertThatThrownBy(() -> lint.requireClean(input(certificate, "www.example.com")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("The certificate was not issued")
                .hasMessageContaining("may be valid for at most 200 days");
    }

    @Test
    void refusesANotBeforeMoreThan48HoursFromSigning() throws Exception {
        Instant threeDaysAgo = NOW.minus(Duration.ofDays(3));
        TBSCertificate certificate = tbs(leaf("www.example.com", threeDaysAgo, threeDaysAgo.plus(Duration.ofDays(30))));

        assertThatThrownBy(() -> lint.requireClean(input(certificate, "www.example.com")))
                .hasMessageContaining("more than 48 hours");
    }

    @Test
    void refusesASubjectKeyIdentifierInTheLeaf() throws Exception {
        X509v3CertificateBuilder builder = leaf("www.example.com", NOW, NOW.plus(Duration.ofDays(30)));
        builder.addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(SUBSCRIBER.getPublic()));

        assertThatThrownBy(() -> lint.requireClean(input(tbs(builder), "www.example.com")))
                .hasMessageContaining("subjectKeyIdentifier");
    }

    @Test
    void refusesAWildcardOnAPublicSuffixAndSansThatDifferFromTheValidatedNames() throws Exception {
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(CA.ecIssuer().certificate().getSubject(), BigInteger.TWO.pow(100),
                Date.from(NOW), Date.from(NOW.plus(Duration.ofDays(30))), new X500Name(new org.bouncycastle.asn1.x500.RDN[0]),
                SubjectPublicKeyInfo.getInstance(SUBSCRIBER.getPublic().getEncoded()));
        builder.addExtension(Extension.subjectAlternativeName, true,
                new GeneralNames(new GeneralName(GeneralName.dNSName, new DERIA5String("*.co.uk"))));

        assertThatThrownBy(() -> lint.requireClean(input(tbs(builder), "www.example.com")))
                .hasMessageContaining("puts a wildcard directly on a public suffix")
                .hasMessageContaining("Required extensions are missing");
    }

    @Test
    void refusesDemoZoneNamesWhenTheDemoDnsIsNotServed() throws Exception {
        TBSCertificate certificate = tbs(leaf("shop.example.test", NOW, NOW.plus(Duration.ofDays(30))));

        assertThat(lint.findings(new LintInput(certificate, Identifiers.parseLines("shop.example.test"), NOW, false, policy)))
                .extracting(LintFinding::message).anyMatch(m -> m.contains("demo name"));
        assertThat(lint.findings(new LintInput(certificate, Identifiers.parseLines("shop.example.test"), NOW, true, policy)))
                .extracting(LintFinding::severity).containsOnly(LintFinding.Severity.NOTICE);
    }

    private LintInput input(TBSCertificate certificate, String validatedNames) {
        return new LintInput(certificate, Identifiers.parseLines(validatedNames), NOW, true, policy);
    }

    private static X509v3CertificateBuilder leaf(String names, Instant notBefore, Instant notAfter) {
        SigningRequest request = new SigningRequest(CertificateId.of(1), ValidationType.DV, Identifiers.parseLines(names), "unused",
                null, null, notBefore, notAfter);
        return new LeafProfile(LOCAL_URLS, false).toBeSigned(request, SubjectPublicKeyInfo.getInstance(SUBSCRIBER.getPublic().getEncoded()),
                CA.ecIssuer(), Serials.random(), notBefore, notAfter);
    }

    /** The lint reads the TBSCertificate; signing here is only the quickest way to get one out of the builder. */
    private static TBSCertificate tbs(X509v3CertificateBuilder builder) {
        return CaHierarchyFactory.sign(builder, "SHA256withECDSA", CA.ecIssuer().privateKey()).toASN1Structure().getTBSCertificate();
    }
}
