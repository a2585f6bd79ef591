package org.certdesk.application.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certdesk.application.progress.Phrase;
import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.application.verification.CheckReadiness.Line;
import org.certdesk.application.verification.CheckReadiness.Mark;
import org.certdesk.application.verification.CheckReadiness.Readiness;
import org.certdesk.application.verification.CheckReadiness.Topic;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizationId;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.DnsLookup.Dnssec;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.Test;

/**
 * The marks of the readiness check for DNS answers a validating resolver gives (secure, unsigned,
 * bogus) and for evidence Submit will reuse; the real-DNS journeys are in the adapters' and the
 * browser tests.
 */
class CheckReadinessTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(5);
    private final Map<String, DnsAnswer> caaAnswers = new HashMap<>();
    private final Map<Identifier, ValidationEvidence> acmeEvidence = new HashMap<>();
    private final DnsLookup dns = new DnsLookup() {
        @Override
        public DnsAnswer txt(String name) {
            return new DnsAnswer.NoRecords(Dnssec.INSECURE);
        }

        @Override
        public DnsAnswer caa(String name) {
            return caaAnswers.getOrDefault(name, new DnsAnswer.NoRecords(Dnssec.INSECURE));
        }

        @Override
        public DnsAnswer addresses(String name) {
            return new DnsAnswer.NoRecords();
        }
    };
    private final PersistentDcvIdentity identity = new PersistentDcvIdentity("certdesk.test", "https://console.example");
    private final CheckReadiness readiness = new CheckReadiness(f.access, f.transactions, dns, new CaaCheck(dns, "certdesk.test"),
            new DomainVerificationCheck(dns, url -> null, identity), identity, new ReusableOnly(), new GovRegistrantRule(name -> Optional.empty()),
            f.clock);

    @Test
    void aSignedZoneIsGreenAnUnsignedOneAmberAndABogusOneRed() {
        CertificateId id = purchased();
        caaAnswers.put("secure.example.com", new DnsAnswer.NoRecords(Dnssec.SECURE));
        caaAnswers.put("bogus.example.com", new DnsAnswer.Bogus("RRSIG expired"));

        assertThat(line(check(id, "secure.example.com"), Topic.DNSSEC).mark()).isEqualTo(Mark.GREEN);
        Line unsigned = line(check(id, "plain.example.com"), Topic.DNSSEC);
        assertThat(unsigned.mark()).isEqualTo(Mark.AMBER);
        assertThat(unsigned.finding().key()).isEqualTo("readiness.dnssec.insecure");
        Readiness bogus = check(id, "bogus.example.com");
        assertThat(line(bogus, Topic.DNSSEC).mark()).isEqualTo(Mark.RED);
        assertThat(line(bogus, Topic.DNSSEC).finding().args()).containsExactly("RRSIG expired");
        // BR 3.2.2.8.1: a bogus CAA answer is no permission either.
        assertThat(line(bogus, Topic.CAA).mark()).isEqualTo(Mark.RED);
        assertThat(line(bogus, Topic.CAA).fix().orElseThrow().key()).isEqualTo("readiness.fix.dnssec");
        assertThat(bogus.overall()).isEqualTo(Mark.RED);
    }

    @Test
    void aCaaTimeoutIsAmberNotRed() {
        CertificateId id = purchased();
        caaAnswers.put("slow.example.com", new DnsAnswer.TimedOut());

        assertThat(line(check(id, "slow.example.com"), Topic.CAA).mark()).isEqualTo(Mark.AMBER);
    }

    @Test
    void evidenceSubmitWillReuseIsGreenInsteadOfTheRecordLine() {
        CertificateId id = purchased();
        DomainName name = DomainName.parse("reused.example.com");
        acmeEvidence.put(name, ValidationEvidence.of(name, VerificationMethod.ACME_DNS_01, f.clock.instant().minusSeconds(3600),
                "TXT _acme-challenge.reused.example.com", f.policy));

        Readiness result = check(id, "reused.example.com");

        assertThat(line(result, Topic.REUSE).mark()).isEqualTo(Mark.GREEN);
        assertThat(line(result, Topic.REUSE).finding().args())
                .containsExactly(Phrase.of("method.ACME_DNS_01"), "2026-12-05", "2027-03-15");
        assertThat(result.lines()).noneMatch(l -> l.topic() == Topic.RECORD);
        assertThat(line(check(id, "fresh.example.com"), Topic.RECORD).mark()).isEqualTo(Mark.AMBER);
    }

    private Readiness check(CertificateId id, String name) {
        return readiness.check(customer, id, UseCaseFixture.dvApplication(name));
    }

    private CertificateId purchased() {
        return f.transactions.inTransaction(() -> f.access.save(customer,
                Certificate.purchase(customer.tenant(), Product.single("Brand", ValidationType.DV), f.clock.instant())).id());
    }

    private static Line line(Readiness readiness, Topic topic) {
        List<Line> lines = readiness.lines().stream().filter(l -> l.topic() == topic).toList();
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }

    /** The tenant's valid ACME authorizations, as Submit finds them (BR 4.2.1 reuse). */
    private final class ReusableOnly implements AcmeAuthorizations {
        @Override
        public Optional<AcmeAuthorization> findReusable(TenantId tenant, Identifier identifier, Instant at) {
            return Optional.ofNullable(acmeEvidence.get(identifier))
                    .map(e -> AcmeAuthorization.fromEvidence(tenant, new AcmeAccountId(1), e, "token", at));
        }

        @Override
        public AcmeAuthorization save(AcmeAuthorization authorization) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<AcmeAuthorization> find(AcmeAuthorizationId id) {
            return Optional.empty();
        }

        @Override
        public List<AcmeAuthorization> findAll(List<AcmeAuthorizationId> ids) {
            return List.of();
        }

        @Override
        public List<AcmeAuthorization> findProcessing(int limit) {
            return List.of();
        }

        @Override
        public int countFailedSince(AcmeAccountId account, Instant since) {
            return 0;
        }
    }
}
