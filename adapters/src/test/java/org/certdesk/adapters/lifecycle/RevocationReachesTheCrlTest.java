package org.certdesk.adapters.lifecycle;

import java.time.Duration;
import java.util.List;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.ca.issuance.IssuedCertificateFiles;
import org.certdesk.adapters.ca.issuance.IssuedCertificates;
import org.certdesk.adapters.ca.OpenSsl;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.port.CaPublication;
import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.support.EventMail;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Revocation end to end on the real adapters: a DV certificate is issued by the real CA through
 * the use cases, revoked through RevokeCertificate, and the issuing CA's CRL, as published, is
 * judged by openssl: it lists the serial with its reason (BR 7.2.2) and {@code verify -crl_check}
 * rejects the revoked leaf while a sibling from the same issuer still passes.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class RevocationReachesTheCrlTest {

    /** BR 3.2.2.9 corroboration is not what this test is about (MultiPerspectiveCorroborationAgainstDnsmasqTest is). */
    static final MultiPerspectiveCorroboration NO_MPIC =
            new MultiPerspectiveCorroboration(List::of, CorroborationPolicy.none(), "certdesk.test", Runnable::run, Duration.ofSeconds(1));

    private static final Pattern CDP = Pattern.compile("URI:\\S+/crl/([a-z]+-[0-9a-f]{8})\\.crl");

    @Autowired
    TestActors actors;
    @Autowired
    Certificates certificates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Reviews reviews;
    @Autowired
    SubscriberKeyStore keyStore;
    @Autowired
    SubscriberKeyGenerator keyGenerator;
    @Autowired
    CsrInspector csrInspector;
    @Autowired
    org.certdesk.domain.acme.AcmeAuthorizations acmeAuthorizations;
    @Autowired
    org.certdesk.application.port.EvidenceReuses evidenceReuses;
    @Autowired
    CertificateAuthority ca;
    @Autowired
    RevocationRegistry revocations;
    @Autowired
    CaPublication publication;
    @Autowired
    IssuedCertificates issuedCertificates;
    @Autowired
    TokenSource tokens;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @Autowired
    Holidays holidays;
    @Autowired
    ApprovedIssuances approvals;
    @Autowired
    ProductCatalogue catalogue;
    @TempDir
    Path directory;

    final TestDoubles.PublishedDns dns = new TestDoubles.PublishedDns();
    BuyCertificates buy;
    SubmitApplication submit;
    ShowProgress progress;
    CheckDomainsNow checkDomains;
    RevokeCertificate revoke;
    Actor customer;

    @BeforeEach
    void setUp() {
        IssuancePolicy policy = IssuancePolicy.baselineRequirements();
        CertificateAccess access = new CertificateAccess(certificates, auditLog, new EventMail(new TestDoubles.MailOutbox()), transactions,
                clock);
        IssueCertificate issue = new IssueCertificate(ca, keyGenerator, keyStore, policy, clock);
        buy = new BuyCertificates(access, catalogue, transactions, clock);
        submit = new SubmitApplication(access, csrInspector, new GovRegistrantRule(new TestDoubles.RegistrantWhois()), tokens, policy,
                acmeAuthorizations, evidenceReuses, transactions, clock);
        progress = new ShowProgress(access, reviews, holidays, approvals, transactions, clock);
        checkDomains = new CheckDomainsNow(access, new DomainVerificationCheck(dns, new TestDoubles.NoWebsites()),
                new CaaCheck(dns, Lifecycle.CA_IDENTITY), NO_MPIC, approvals,
                new IssueApprovedCertificate(access, approvals, issue, transactions, clock), policy, transactions, clock, () -> true,
                (certificate, round, at) -> { });
        revoke = new RevokeCertificate(access, revocations, transactions, clock);
        customer = actors.customer();
    }

    @Test
    void aRevokedCertificateIsListedWithItsReasonAndRejectedByOpensslWhileItsSiblingPasses() throws Exception {
        IssuedCertificateFiles revoked = issueDv("revoked-" + suffix() + ".example.com");
        IssuedCertificateFiles kept = issueDv("kept-" + suffix() + ".example.com");
        OpenSsl openssl = new OpenSsl(directory);
        String issuerId = crlIssuerOf(openssl, revoked.leafPem());
        assertThat(crlIssuerOf(openssl, kept.leafPem())).isEqualTo(issuerId);

        revoke.revoke(customer, new CertificateId(revoked.certificateId()), RevocationReason.KEY_COMPROMISE);

        assertThat(certificates.findAnyById(new CertificateId(revoked.certificateId())).orElseThrow().status())
                .isEqualTo(CertificateStatus.REVOKED);
        byte[] crl = publication.crlDer(issuerId).orElseThrow();
        String text = openssl.crlText(crl);
        assertThat(text).contains("Version 2", "X509v3 CRL Number", "X509v3 Authority Key Identifier", "Next Update",
                "Serial Number: " + revoked.serialHex().toUpperCase(), "X509v3 CRL Reason Code", "Key Compromise");
        assertThat(text.toUpperCase()).doesNotContain(kept.serialHex().toUpperCase());

        OpenSsl.Result rejected = openssl.verifyWithCrl(revoked.rootPem(), revoked.chainPem(), crl, revoked.leafPem());
        assertThat(rejected.exitCode()).as(rejected.output()).isNotZero();
        assertThat(rejected.output()).contains("certificate revoked");
        OpenSsl.Result passed = openssl.verifyWithCrl(kept.rootPem(), kept.chainPem(), crl, kept.leafPem());
        assertThat(passed.exitCode()).as(passed.output()).isZero();
        assertThat(passed.output()).contains("leaf.pem: OK");
    }

    private IssuedCertificateFiles issueDv(String name) {
        CertificateId id = buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1)).getFirst();
        submit.submit(new SubmitApplication.Command(customer, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256), new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"),
                PhoneNumber.parse("+86 138 0013 8000")), null, null, VerificationMethod.DNS_TXT)));
        progress.show(customer, id).names().forEach(n -> dns.publishTxt(n.dnsHost(), n.dnsValue()));
        assertThat(checkDomains.check(customer, id).status()).isEqualTo(CertificateStatus.ISSUED);
        return issuedCertificates.latestFor(id).orElseThrow();
    }

    /** The CA id in the leaf's CRL distribution point, so the test reads the CRL a relying party would fetch. */
    private static String crlIssuerOf(OpenSsl openssl, String leafPem) throws Exception {
        Matcher matcher = CDP.matcher(openssl.text(leafPem));
        assertThat(matcher.find()).as("the leaf names a CRL distribution point").isTrue();
        return matcher.group(1);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
