package org.certdesk.ui.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.Test;

/** Issue 17: each port call counts once, under the outcome it had, and the caller gets the same answer or refusal. */
class MeteredPortsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private static SigningRequest request(ValidationType type) {
        return new SigningRequest(CertificateId.of(7), type, Identifiers.parseLines("www.example.com"), "csr", null, null, NOW,
                NOW.plus(Duration.ofDays(199)));
    }

    @Test
    void issuanceIsTimedByTypeAndOutcome() {
        IssuedCertificate signed = new IssuedCertificate("0123456789abcdef01", NOW, NOW.plus(Duration.ofDays(199)));
        MeteredCertificateAuthority issuing = new MeteredCertificateAuthority(request -> signed, meters);
        MeteredCertificateAuthority refusing = new MeteredCertificateAuthority(request -> {
            throw new DomainException(Refusal.of("policy.keyAlgorithm", "DSA"));
        }, meters);
        MeteredCertificateAuthority broken = new MeteredCertificateAuthority(request -> {
            throw new IllegalStateException("HSM gone");
        }, meters);

        assertThat(issuing.sign(request(ValidationType.DV))).isSameAs(signed);
        assertThat(issuing.sign(request(ValidationType.DV))).isSameAs(signed);
        assertThatThrownBy(() -> refusing.sign(request(ValidationType.OV))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> broken.sign(request(ValidationType.EV))).isInstanceOf(IllegalStateException.class);

        assertThat(meters.timer("certdesk.issuance", "type", "DV", "outcome", "issued").count()).isEqualTo(2);
        assertThat(meters.timer("certdesk.issuance", "type", "OV", "outcome", "refused").count()).isEqualTo(1);
        assertThat(meters.timer("certdesk.issuance", "type", "EV", "outcome", "failed").count()).isEqualTo(1);
    }

    @Test
    void dnsQueriesAreCountedByKindAndAnswer() {
        DnsLookup dns = new DnsLookup() {
            @Override
            public DnsAnswer txt(String name) {
                return new DnsAnswer.Records(List.of("token"));
            }

            @Override
            public DnsAnswer caa(String name) {
                return new DnsAnswer.NoRecords();
            }

            @Override
            public DnsAnswer addresses(String name) {
                return new DnsAnswer.TimedOut();
            }
        };
        MeteredDnsLookup metered = new MeteredDnsLookup(dns, meters);

        assertThat(metered.txt("_pki-validation.example.com")).isEqualTo(new DnsAnswer.Records(List.of("token")));
        metered.caa("example.com");
        metered.caa("com");
        metered.addresses("example.com");

        assertThat(meters.counter("certdesk.validation.dns", "kind", "txt", "answer", "records").count()).isEqualTo(1);
        assertThat(meters.counter("certdesk.validation.dns", "kind", "caa", "answer", "none").count()).isEqualTo(2);
        assertThat(meters.counter("certdesk.validation.dns", "kind", "addresses", "answer", "timeout").count()).isEqualTo(1);
    }

    @Test
    void fileFetchesAreCountedByAnswer() {
        MeteredWebsiteFileFetcher metered = new MeteredWebsiteFileFetcher(
                url -> url.contains("missing") ? new FileFetch.NotFound("404") : new FileFetch.Content("token"), meters);

        assertThat(metered.fetch("http://example.com/.well-known/pki-validation/fileauth.txt")).isEqualTo(new FileFetch.Content("token"));
        metered.fetch("http://missing.example.com/.well-known/pki-validation/fileauth.txt");

        assertThat(meters.counter("certdesk.validation.file", "answer", "content").count()).isEqualTo(1);
        assertThat(meters.counter("certdesk.validation.file", "answer", "not-found").count()).isEqualTo(1);
    }
}
