package org.certdesk.application.details;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.certdesk.application.details.CertificateDetails.Direction;
import org.certdesk.application.details.CertificateDetails.HistoryLink;
import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.application.lifecycle.RenewCertificate;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.IssuanceRecords;
import org.certdesk.application.port.IssuanceRecords.IssuanceRecord;
import org.certdesk.application.port.IssuanceRecords.LintResult;
import org.certdesk.application.port.X509Facts;
import org.certdesk.application.port.X509Reader;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.Test;

/**
 * The details read model with the ports in memory: what an issued certificate's page is made of,
 * what is absent before issuance or for an old leaf, the renewal link both ways, and tenancy.
 * (The Bouncy Castle reader and the stored lint rows are judged by the adapters' IssuanceRecordsTest.)
 */
class ShowCertificateDetailsTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(1);
    private final Map<String, IssuanceRecord> records = new ConcurrentHashMap<>();
    private final Map<String, X509Facts> parsed = new ConcurrentHashMap<>();
    private final List<CertificateSuccessions.Succession> successions = new ArrayList<>();
    private final CertificateSuccessions successionStore = new CertificateSuccessions() {
        @Override
        public void record(Succession succession) {
            successions.add(succession);
        }

        @Override
        public List<Succession> involving(CertificateId certificate) {
            return successions.stream().filter(s -> s.predecessor().equals(certificate) || s.successor().equals(certificate)).toList();
        }
    };
    private final IssuanceRecords issuanceRecords = serial -> Optional.ofNullable(records.get(serial));
    /** Knows the PEM texts this test made up: each stands for one certificate. */
    private final X509Reader x509 = pem -> pem.isEmpty() ? List.of() : List.of(parsed.get(pem));
    private final ShowCertificateDetails details = new ShowCertificateDetails(f.access, issuanceRecords, x509, successionStore,
            f.transactions, f.clock);

    @Test
    void anIssuedCertificateShowsItsLeafChainLintEvidenceAndNamesAsElsewhere() {
        CertificateId id = issued("xn--mnchen-3ya.example.com\nwww.example.com");
        String serial = f.certificates.findAnyById(id).orElseThrow().issued().orElseThrow().serialHex();
        List<LintResult> lint = List.of(new LintResult("serialHasEntropy", "7.1", null));
        recordIssuance(serial, List.of("xn--mnchen-3ya.example.com", "www.example.com"), Optional.of(lint));

        CertificateDetails shown = details.show(customer, id);

        assertThat(shown.status()).isEqualTo(DisplayStatus.ISSUED);
        assertThat(shown.names()).containsExactly("münchen.example.com (xn--mnchen-3ya.example.com)", "www.example.com");
        CertificateDetails.Issued issued = shown.issued().orElseThrow();
        assertThat(issued.leaf().serialHex()).isEqualTo(serial);
        assertThat(issued.chain()).extracting(X509Facts::subject).containsExactly("CN=Issuing", "CN=Root");
        assertThat(issued.chainPem()).isEqualTo("issuing-pem" + "root-pem");
        assertThat(issued.daysLeft()).isEqualTo(89);
        assertThat(issued.lint()).contains(lint);
        assertThat(shown.revocation()).isEmpty();
        assertThat(shown.evidence()).hasSize(2).allSatisfy(proof -> {
            assertThat(proof.validated()).isTrue();
            assertThat(proof.method()).isEqualTo(VerificationMethod.DNS_TXT);
            assertThat(proof.brSection()).isEqualTo("3.2.2.4.7");
            assertThat(proof.observed()).isEqualTo("TXT seen");
            assertThat(proof.validatedAt()).isEqualTo(f.clock.instant());
        });
        assertThat(shown.evidence()).extracting(CertificateDetails.NameEvidence::name)
                .containsExactly("münchen.example.com (xn--mnchen-3ya.example.com)", "www.example.com");
    }

    @Test
    void aLeafSignedBeforeLintResultsWereKeptSaysSoAndARevocationCarriesDateAndReason() {
        CertificateId id = issued("old.example.com");
        Certificate certificate = f.certificates.findAnyById(id).orElseThrow();
        recordIssuance(certificate.issued().orElseThrow().serialHex(), List.of("old.example.com"), Optional.empty());
        f.transactions.inTransaction(() -> {
            Certificate loaded = f.access.load(customer, id);
            loaded.revoke(RevocationReason.KEY_COMPROMISE, f.clock.instant());
            f.access.save(customer, loaded);
        });

        CertificateDetails shown = details.show(customer, id);

        assertThat(shown.issued().orElseThrow().lint()).isEmpty();
        assertThat(shown.revocation().orElseThrow().reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(shown.revocation().orElseThrow().revokedAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void beforeIssuanceTheApplicationsNamesAndPendingValidationsAreShown() {
        CertificateId id = submitted("pending.example.com");

        CertificateDetails shown = details.show(customer, id);

        assertThat(shown.issued()).isEmpty();
        assertThat(shown.names()).containsExactly("pending.example.com");
        assertThat(shown.evidence()).singleElement().satisfies(proof -> {
            assertThat(proof.validated()).isFalse();
            assertThat(proof.method()).isEqualTo(VerificationMethod.DNS_TXT);
        });
    }

    @Test
    void aRenewalAndItsPredecessorLinkToEachOther() {
        CertificateId old = issued("renew.example.com");
        recordIssuance(f.certificates.findAnyById(old).orElseThrow().issued().orElseThrow().serialHex(),
                List.of("renew.example.com"), Optional.empty());
        CertificateId renewal = new RenewCertificate(f.access, f.tokens, noReminders(), successionStore, (t, e, by, at) -> { }, f.policy, f.transactions,
                f.clock).renew(customer, old).id();

        assertThat(details.show(customer, renewal).history()).singleElement()
                .isEqualTo(new HistoryLink(old, Direction.PREDECESSOR, CertificateSuccessions.Kind.RENEWAL, f.clock.instant()));
        assertThat(details.show(customer, old).history()).singleElement()
                .isEqualTo(new HistoryLink(renewal, Direction.SUCCESSOR, CertificateSuccessions.Kind.RENEWAL, f.clock.instant()));
        assertThat(details.show(customer, renewal).evidence()).as("taken over from the predecessor (BR 4.2.1)")
                .singleElement().satisfies(proof -> assertThat(proof.reused()).isTrue());
        assertThat(details.show(customer, old).evidence()).as("gathered by the predecessor itself")
                .singleElement().satisfies(proof -> assertThat(proof.reused()).isFalse());
    }

    @Test
    void anotherTenantsCustomerFindsNothingWhileStaffSeeIt() {
        CertificateId id = submitted("mine.example.com");

        assertThatThrownBy(() -> details.show(f.customer(2), id)).isInstanceOf(NotFoundException.class);
        Actor reviewer = Actor.staff(new AccountId(7), "reviewer", Role.REVIEWER);
        assertThat(details.show(reviewer, id).names()).containsExactly("mine.example.com");
    }

    private CertificateId submitted(String names) {
        return f.transactions.inTransaction(() -> {
            Certificate slot = f.access.save(customer, Certificate.purchase(customer.tenant(),
                    Product.multiDomain("Brand", ValidationType.DV, 5), f.clock.instant()));
            CertificateApplication application = UseCaseFixture.dvApplication("placeholder.example.com")
                    .withIdentifiers(Identifiers.parseLines(names));
            slot.submit(application, f.tokens, f.policy, f.clock.instant());
            return f.access.save(customer, slot).id();
        });
    }

    private CertificateId issued(String names) {
        CertificateId id = submitted(names);
        f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.load(customer, id);
            certificate.verifications().forEach(v -> certificate.recordVerificationAttempt(v.identifier(),
                    VerificationAttempt.passed(f.clock.instant(), "TXT seen"), f.policy));
            f.issue.issue(certificate);
            f.access.save(customer, certificate);
        });
        return id;
    }

    private void recordIssuance(String serial, List<String> sans, Optional<List<LintResult>> lint) {
        Instant now = f.clock.instant();
        parsed.put("leaf-" + serial, facts(serial, "", "CN=Issuing", sans, now.plus(Duration.ofDays(90)).minusSeconds(60), "leaf-" + serial));
        parsed.put("issuing-pem", facts("0a", "CN=Issuing", "CN=Root", List.of(), now.plus(Duration.ofDays(900)), "issuing-pem"));
        parsed.put("root-pem", facts("0b", "CN=Root", "CN=Root", List.of(), now.plus(Duration.ofDays(9000)), "root-pem"));
        records.put(serial, new IssuanceRecord("leaf-" + serial, "issuing-pem", "root-pem", now, lint));
    }

    private static X509Facts facts(String serial, String subject, String issuer, List<String> sans, Instant notAfter, String pem) {
        return new X509Facts(serial, subject, issuer, sans, notAfter.minus(Duration.ofDays(90)), notAfter, "EC prime256v1", 256,
                "SHA256WITHECDSA", "AA:BB", "CC:DD", List.of("2.23.140.1.2.1"), List.of(), List.of(), List.of(), pem);
    }

    private static ExpiryReminderLog noReminders() {
        return new ExpiryReminderLog() {
            @Override
            public List<Candidate> candidates(Instant from, Instant to, long afterId, int limit) {
                return List.of();
            }

            @Override
            public void recordSent(CertificateId certificate, Instant notAfter, Instant at) {
            }

            @Override
            public void stop(CertificateId certificate, Instant notAfter, Instant at) {
            }
        };
    }
}
