package org.certdesk.adapters.persistence.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.upload.ElsewhereIssued;
import org.certdesk.application.download.KeyChoice;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.application.port.CertificateUploadInspector;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.upload.DeleteUploadedCertificate;
import org.certdesk.application.upload.DownloadUploadedCertificate;
import org.certdesk.application.upload.ListUploadedCertificates;
import org.certdesk.application.upload.UploadCertificate;
import org.certdesk.application.upload.UploadedCertificateSummary;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.upload.ExpiryState;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploaded certificates through their use cases on MariaDB: the key sealed at rest, each tenant alone with its own. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class UploadedCertificatesPersistenceTest {

    @Autowired
    TestActors actors;
    @Autowired
    CertificateUploadInspector inspector;
    @Autowired
    UploadedCertificates uploads;
    @Autowired
    CertificateBundles bundles;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    UploadCertificate upload() {
        return new UploadCertificate(inspector, uploads, auditLog, transactions, clock);
    }

    ListUploadedCertificates list() {
        return new ListUploadedCertificates(uploads, transactions, clock);
    }

    @Test
    void theKeyIsStoredSealedAndComesBackWhole() {
        Actor alice = actors.customer();
        var issued = ElsewhereIssued.issue(ElsewhereIssued.rsa(), 90, "sealed.example.org");

        UploadedCertificate saved = upload().upload(alice, command("Web shop", issued.fullChainPem(), issued.traditionalPem()));

        byte[] raw = jdbc.sql("SELECT encrypted_private_key FROM uploaded_certificate WHERE id = :id")
                .param("id", saved.id().value()).query(byte[].class).single();
        byte[] pkcs8 = issued.keys().getPrivate().getEncoded();
        assertThat(raw.length).isGreaterThan(pkcs8.length);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY");
        assertThat(indexOf(raw, java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 64, pkcs8.length))).isEqualTo(-1);
        byte[] inspected = inspector.inspect(issued.leafPem(), issued.traditionalPem(), null).pkcs8PrivateKey();
        assertThat(uploads.privateKey(alice.tenant(), saved.id())).hasValueSatisfying(key -> assertThat(key).isEqualTo(inspected));
        UploadedCertificate read = uploads.find(alice.tenant(), saved.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.chainPem()).isEqualTo(ElsewhereIssued.pem(issued.intermediate()));
    }

    @Test
    void theListShowsDaysLeftAndFlagsWhatIsExpiredOrExpiringWithinAMonth() {
        Actor alice = actors.customer();
        Instant now = clock.instant();
        var expired = ElsewhereIssued.issue(ElsewhereIssued.ec(), now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(3)).plusSeconds(3600),
                "expired.example.org");
        var soon = ElsewhereIssued.issue(ElsewhereIssued.ec(), now.minus(Duration.ofDays(80)), now.plus(Duration.ofDays(10)).plusSeconds(3600),
                "soon.example.org");
        var fine = ElsewhereIssued.issue(ElsewhereIssued.ec(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(200)).plusSeconds(3600),
                "fine.example.org", "www.fine.example.org");
        upload().upload(alice, command("Fine", fine.fullChainPem(), fine.pkcs8Pem()));
        upload().upload(alice, command("Old", expired.fullChainPem(), expired.pkcs8Pem()));
        upload().upload(alice, command("Soon", soon.leafPem(), soon.pkcs8Pem()));

        List<UploadedCertificateSummary> rows = list().list(alice);

        assertThat(rows).extracting(UploadedCertificateSummary::label).containsExactly("Old", "Soon", "Fine");
        assertThat(rows).extracting(UploadedCertificateSummary::expiry)
                .containsExactly(ExpiryState.EXPIRED, ExpiryState.EXPIRING_SOON, ExpiryState.VALID);
        assertThat(rows).extracting(UploadedCertificateSummary::daysLeft).containsExactly(-3L, 10L, 200L);
        assertThat(rows.get(2).displayName()).isEqualTo("fine.example.org");
        assertThat(rows.get(2).subjectAltNames()).containsExactly("fine.example.org", "www.fine.example.org");
        assertThat(rows.get(2).uploadedBy()).isEqualTo(alice.username());
    }

    @Test
    void bobNeverSeesDownloadsOrDeletesAlicesCertificate() {
        Actor alice = actors.customer();
        Actor bob = actors.customer();
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "alice-only.example.org");
        UploadedCertificate saved = upload().upload(alice, command("Alice's", issued.fullChainPem(), issued.pkcs8Pem()));
        var download = new DownloadUploadedCertificate(uploads, bundles, auditLog, transactions, clock);
        var delete = new DeleteUploadedCertificate(uploads, auditLog, transactions, clock);

        assertThat(list().list(bob)).isEmpty();
        assertThatThrownBy(() -> download.download(bob, saved.id(), ServerType.NGINX,
                KeyChoice.encryptedWith("bob-guesses-a-pass"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(bob, saved.id())).isInstanceOf(NotFoundException.class);
        assertThat(uploads.privateKey(bob.tenant(), saved.id())).isEmpty();
        // Bob may upload the same certificate into his own tenant: uniqueness is per tenant.
        upload().upload(bob, command("Bob's copy", issued.fullChainPem(), issued.pkcs8Pem()));
        assertThat(list().list(alice)).extracting(UploadedCertificateSummary::label).containsExactly("Alice's");

        Actor reviewer = Actor.staff(accounts.save(UserAccount.newStaff("r-" + unique(), "R", "hash", Role.REVIEWER)).id(), "r",
                Role.REVIEWER);
        assertThatThrownBy(() -> list().list(reviewer)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theSameCertificateIsNotUploadedTwiceAndDeletingRemovesItWithAnAuditTrail() {
        Actor alice = actors.customer();
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "twice.example.org");
        UploadedCertificate saved = upload().upload(alice, command("First", issued.fullChainPem(), issued.pkcs8Pem()));

        assertThatThrownBy(() -> upload().upload(alice, command("Again", issued.leafPem(), issued.pkcs8Pem())))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        rejected -> assertThat(rejected.problem()).isEqualTo(UploadProblem.ALREADY_UPLOADED));
        new DeleteUploadedCertificate(uploads, auditLog, transactions, clock).delete(alice, saved.id());

        assertThat(list().list(alice)).isEmpty();
        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE tenant_id = :t ORDER BY id")
                .param("t", alice.tenant().value()).query(String.class).list();
        assertThat(actions).containsExactly("Uploaded certificate added", "Uploaded certificate deleted");
    }

    @Test
    void aMismatchedKeyOrAMissingLabelSavesNothing() {
        Actor alice = actors.customer();
        var issued = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "nothing.example.org");
        var other = ElsewhereIssued.issue(ElsewhereIssued.ec(), 90, "nothing.example.org");

        assertThatThrownBy(() -> upload().upload(alice, command("Mismatch", issued.leafPem(), other.pkcs8Pem())))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> upload().upload(alice, command("  ", issued.leafPem(), issued.pkcs8Pem())))
                .isInstanceOfSatisfying(UploadRejectedException.class,
                        rejected -> assertThat(rejected.problem()).isEqualTo(UploadProblem.LABEL_REQUIRED));

        assertThat(list().list(alice)).isEmpty();
    }

    private static UploadCertificate.Command command(String label, String certificatePem, String keyPem) {
        return new UploadCertificate.Command(label, certificatePem, keyPem, null);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
