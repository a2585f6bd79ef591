package org.certdesk.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.DnsLookup.Dnssec;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DNSSEC validation (BR 3.2.2.4, 3.2.2.8.1) through dnsjava's validating resolver against a real
 * BIND serving a zone the test signed, with that zone's key as the trust anchor: secure answers,
 * records changed after signing, an unsigned zone outside the anchor, an unsigned child
 * delegated without DS, signed denials (NSEC) and a zone that fails to load.
 */
class DnssecValidationAgainstBindTest {

    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final String TOKEN = "20261125000000" + "a".repeat(50);
    private static final String OTHER_TOKEN = "20261125000000" + "b".repeat(50);
    private static final String THIS_CA = "ca.certdesk.example";

    private static Bind bind;
    private static DnsjavaDnsLookup dns;
    private static DomainVerificationCheck check;
    private static CaaCheck caa;

    @BeforeAll
    static void startSignedBind() throws Exception {
        bind = Bind.builder()
                .signedZoneTamperedAfterSigning("signed.test",
                        // An attacker's changes to signed data: the token the CA expects, and a CAA
                        // value that would authorize this CA where the owner named another.
                        Map.of("\"" + OTHER_TOKEN + "\"", "\"" + TOKEN + "\"",
                                "\"other-ca.example\"", "\"" + THIS_CA + "\""),
                        "signed.test. IN CAA 0 issue \"" + THIS_CA + "\"",
                        "_dnsauth.www.signed.test. IN TXT \"" + TOKEN + "\"",
                        "_dnsauth.tampered.signed.test. IN TXT \"" + OTHER_TOKEN + "\"",
                        "tampered.signed.test. IN CAA 0 issue \"other-ca.example\"",
                        "unsigned.signed.test. IN NS ns.signed.test.")
                .zone("unsigned.signed.test", "_dnsauth.www.unsigned.signed.test. IN TXT \"" + TOKEN + "\"")
                .zone("plain.test", "_dnsauth.www.plain.test. IN TXT \"" + TOKEN + "\"")
                .brokenZone("broken.test")
                .start();
        dns = DnsjavaDnsLookup.validating(bind.address(), Duration.ofSeconds(2), TrustAnchors.of(bind.ds("signed.test")));
        check = new DomainVerificationCheck(dns, url -> null);
        caa = new CaaCheck(dns, THIS_CA);
    }

    @AfterAll
    static void stopBind() throws Exception {
        bind.close();
    }

    @Test
    void aSignedTxtRecordIsSecureAndTheDnsMethodPasses() {
        assertThat(dns.txt("_dnsauth.www.signed.test")).isEqualTo(new DnsAnswer.Records(List.of(TOKEN), Dnssec.SECURE));

        VerificationAttempt attempt = check.check(verification("www.signed.test"), NOW);

        assertThat(attempt.passed()).isTrue();
    }

    @Test
    void theZonesDnskeyServesAsTrustAnchorAsWellAsItsDs() {
        DnsjavaDnsLookup byKey = DnsjavaDnsLookup.validating(bind.address(), Duration.ofSeconds(2),
                TrustAnchors.of(bind.dnskey("signed.test")));

        assertThat(byKey.txt("_dnsauth.www.signed.test")).isEqualTo(new DnsAnswer.Records(List.of(TOKEN), Dnssec.SECURE));
    }

    @Test
    void aTxtRecordChangedAfterSigningIsBogusAndTheDnsMethodFailsWithTheDnssecMessage() {
        assertThat(dns.txt("_dnsauth.tampered.signed.test")).isInstanceOf(DnsAnswer.Bogus.class);

        VerificationAttempt attempt = check.check(verification("tampered.signed.test"), NOW);

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.message()).isEqualTo(VerificationAttempt.dnssecBogus("_dnsauth.tampered.signed.test"));
        assertThat(attempt.observed()).isNotBlank(); // the validator's reason, for the reviewer
    }

    @Test
    void aCaaRecordChangedAfterSigningRefusesIssuanceThoughItNamesThisCa() {
        assertThat(caa.refusalFor(DomainName.parse("tampered.signed.test")))
                .contains(VerificationAttempt.dnssecBogus("tampered.signed.test"));
    }

    @Test
    void aSignedCaaRecordFoundAboveASignedEmptyNameAuthorizesThisCa() {
        assertThat(dns.caa("www.signed.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
        assertThat(caa.refusalFor(DomainName.parse("www.signed.test"))).isEmpty();
    }

    @Test
    void signedDenialsOfDataAndOfTheNameAreSecureNoRecords() {
        assertThat(dns.txt("ns.signed.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE)); // NODATA, NSEC
        assertThat(dns.txt("absent.signed.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE)); // NXDOMAIN, NSEC
    }

    @Test
    void aZoneOutsideTheTrustAnchorIsInsecureAndStillValidates() {
        assertThat(dns.txt("_dnsauth.www.plain.test")).isEqualTo(new DnsAnswer.Records(List.of(TOKEN), Dnssec.INSECURE));

        assertThat(check.check(verification("www.plain.test"), NOW).passed()).isTrue();
    }

    @Test
    void aChildDelegatedWithoutDsIsProvablyInsecureAndStillValidates() {
        assertThat(dns.txt("_dnsauth.www.unsigned.signed.test"))
                .isEqualTo(new DnsAnswer.Records(List.of(TOKEN), Dnssec.INSECURE));

        assertThat(check.check(verification("www.unsigned.signed.test"), NOW).passed()).isTrue();
    }

    @Test
    void aTrustAnchorThatMatchesNoKeyOfTheZoneMakesItsAnswersBogus() {
        String ds = bind.ds("signed.test");
        String wrongDigest = ds.substring(0, ds.length() - 1) + (ds.endsWith("0") ? "1" : "0");
        DnsjavaDnsLookup wrongAnchor = DnsjavaDnsLookup.validating(bind.address(), Duration.ofSeconds(2), TrustAnchors.of(wrongDigest));

        assertThat(wrongAnchor.txt("_dnsauth.www.signed.test")).isInstanceOf(DnsAnswer.Bogus.class);
    }

    @Test
    void aServfailOfTheServerItselfIsAFailedLookupNotADnssecFailure() {
        assertThat(dns.txt("_dnsauth.www.broken.test")).isEqualTo(new DnsAnswer.TimedOut());
    }

    @Test
    void withoutValidationTheSameAnswersAreNotValidated() {
        DnsjavaDnsLookup plain = new DnsjavaDnsLookup(bind.address(), Duration.ofSeconds(2));

        assertThat(plain.txt("_dnsauth.tampered.signed.test"))
                .isEqualTo(new DnsAnswer.Records(List.of(TOKEN), Dnssec.NOT_VALIDATED));
    }

    private static DomainVerification verification(String name) {
        return DomainVerification.start(DomainName.parse(name), VerificationMethod.DNS_TXT, (alphabet, length) -> "a".repeat(length),
                IssuancePolicy.baselineRequirements(), NOW);
    }
}
