package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.junit.jupiter.api.Test;

class CaaCheckTest {

    private static CaaCheck withZone(Map<String, List<String>> caa) {
        DnsLookup dns = new DnsLookup() {
            @Override
            public DnsAnswer txt(String name) {
                return new DnsAnswer.NoRecords();
            }

            @Override
            public DnsAnswer caa(String name) {
                List<String> records = caa.get(name);
                return records == null ? new DnsAnswer.NoRecords() : new DnsAnswer.Records(records);
            }

            @Override
            public DnsAnswer addresses(String name) {
                return new DnsAnswer.NoRecords();
            }
        };
        return new CaaCheck(dns, "certdesk.example");
    }

    @Test
    void noCaaAnywhereAllowsIssuance() {
        assertThat(withZone(Map.of()).refusalFor(DomainName.parse("www.example.com"))).isEmpty();
    }

    @Test
    void issueForThisCaFoundOnAParentAllowsIssuance() {
        CaaCheck check = withZone(Map.of("example.com", List.of("0 issue \"certdesk.example; account=7\"")));

        assertThat(check.refusalFor(DomainName.parse("a.b.example.com"))).isEmpty();
    }

    @Test
    void issueForAnotherCaRefusesWithTheSpecMessage() {
        CaaCheck check = withZone(Map.of("example.com", List.of("0 issue \"other-ca.example\"")));

        assertThat(check.refusalFor(DomainName.parse("www.example.com")))
                .contains("CAA records for www.example.com do not authorize this CA (found: 0 issue \"other-ca.example\")");
    }

    @Test
    void closestRecordSetWinsOverTheParent() {
        CaaCheck check = withZone(Map.of(
                "example.com", List.of("0 issue \"certdesk.example\""),
                "shop.example.com", List.of("0 issue \"other-ca.example\"")));

        assertThat(check.refusalFor(DomainName.parse("shop.example.com"))).isPresent();
        assertThat(check.refusalFor(DomainName.parse("blog.example.com"))).isEmpty();
    }

    @Test
    void wildcardUsesIssuewildWhenPresent() {
        CaaCheck check = withZone(Map.of("example.com", List.of(
                "0 issue \"certdesk.example\"", "0 issuewild \";\"")));

        assertThat(check.refusalFor(DomainName.parse("www.example.com"))).isEmpty();
        assertThat(check.refusalFor(DomainName.parse("*.example.com"))).isPresent();
    }

    @Test
    void unknownCriticalTagRefuses() {
        CaaCheck check = withZone(Map.of("example.com", List.of(
                "0 issue \"certdesk.example\"", "128 futuretag \"x\"")));

        assertThat(check.refusalFor(DomainName.parse("www.example.com"))).isPresent();
    }

    @Test
    void onlyIodefDoesNotRestrictIssuers() {
        CaaCheck check = withZone(Map.of("example.com", List.of("0 iodef \"mailto:sec@example.com\"")));

        assertThat(check.refusalFor(DomainName.parse("www.example.com"))).isEmpty();
    }

    @Test
    void lookupTimeoutIsNotPermission() {
        DnsLookup timingOut = new DnsLookup() {
            @Override
            public DnsAnswer txt(String name) {
                return new DnsAnswer.TimedOut();
            }

            @Override
            public DnsAnswer caa(String name) {
                return new DnsAnswer.TimedOut();
            }

            @Override
            public DnsAnswer addresses(String name) {
                return new DnsAnswer.NoRecords();
            }
        };

        assertThat(new CaaCheck(timingOut, "certdesk.example").refusalFor(DomainName.parse("www.example.com")))
                .contains("Verification timed out. Try again.");
    }

    @Test
    void aBogusAnswerOnTheWayUpIsNotPermission() {
        DnsLookup bogusAtTheParent = new DnsLookup() {
            @Override
            public DnsAnswer txt(String name) {
                return new DnsAnswer.NoRecords();
            }

            @Override
            public DnsAnswer caa(String name) {
                return name.equals("example.com") ? new DnsAnswer.Bogus("RRSIG expired") : new DnsAnswer.NoRecords();
            }

            @Override
            public DnsAnswer addresses(String name) {
                return new DnsAnswer.NoRecords();
            }
        };

        assertThat(new CaaCheck(bogusAtTheParent, "certdesk.example").refusalFor(DomainName.parse("www.example.com")))
                .hasValueSatisfying(refusal -> assertThat(refusal).startsWith("DNSSEC validation failed for example.com."));
    }

    @Test
    void anAccountUriParameterPermitsOnlyThatAcmeAccount() {
        // RFC 8657 3: accounturi binds the issue property to one ACME account
        CaaCheck check = withZone(Map.of("example.com", List.of("0 issue \"certdesk.example; accounturi=https://ca/acme/account/7\"")));
        DomainName name = DomainName.parse("www.example.com");

        assertThat(check.refusalFor(name, "https://ca/acme/account/7", "dns-01")).isEmpty();
        assertThat(check.refusalFor(name, "https://ca/acme/account/8", "dns-01")).isPresent();
        assertThat(check.refusalFor(name)).as("console issuance has no account").isPresent();
    }

    @Test
    void aValidationMethodsParameterPermitsOnlyThoseMethods() {
        // RFC 8657 4
        CaaCheck check = withZone(Map.of("example.com", List.of("0 issue \"certdesk.example; validationmethods=dns-01,tls-alpn-01\"")));
        DomainName name = DomainName.parse("www.example.com");

        assertThat(check.refusalFor(name, "https://ca/acme/account/7", "dns-01")).isEmpty();
        assertThat(check.refusalFor(name, "https://ca/acme/account/7", "http-01")).isPresent();
    }
}
