package org.certdesk.application.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.download.KeyPassword;
import org.certdesk.domain.download.KeyProtection;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;

/**
 * Downloading a certificate whose key CertDesk generated: the key goes to the packer only with
 * the protection the customer chose, the audit trail records the format and whether the key was
 * encrypted (never the password), and a refused password packs and audits nothing.
 */
class DownloadCertificateTest {

    private static final String PASSWORD = "a long enough passphrase";

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(7);
    private final List<CertificateBundles.BundleRequest> packed = new ArrayList<>();
    private final DownloadCertificate download = new DownloadCertificate(f.access, f.keyStore, f.keyGenerator, new RecordingBundles(),
            f.transactions, f.clock);

    @Test
    void anEncryptedDownloadIsAuditedWithFormatAndProtectionButNotThePassword() {
        CertificateId id = issuedDv("www.keys.example.com");

        download.download(customer, id, ServerType.NGINX, KeyChoice.encryptedWith(PASSWORD));

        assertThat(packed).singleElement().satisfies(request -> {
            assertThat(request.pkcs8PrivateKey()).isNotNull();
            assertThat(request.keyProtection()).isEqualTo(new KeyProtection.Encrypted(new KeyPassword(PASSWORD)));
        });
        AuditEntry entry = downloads(id).getFirst();
        assertThat(entry.actor()).isEqualTo(customer.username());
        assertThat(entry.detail()).isEqualTo("NGINX, private key encrypted").doesNotContain(PASSWORD);
    }

    @Test
    void anUnencryptedPemKeyIsGivenWhenChosenAndAuditedAsSuch() {
        CertificateId id = issuedDv("www.clear.example.com");

        download.download(customer, id, ServerType.APACHE, KeyChoice.unencrypted());

        assertThat(packed).singleElement().extracting(CertificateBundles.BundleRequest::keyProtection)
                .isEqualTo(new KeyProtection.Unencrypted());
        assertThat(downloads(id)).extracting(AuditEntry::detail).containsExactly("APACHE, private key NOT encrypted");
    }

    @Test
    void aTooShortPasswordIsRefusedAtItsFieldAndNothingIsPackedOrAudited() {
        CertificateId id = issuedDv("www.short.example.com");

        assertThatThrownBy(() -> download.download(customer, id, ServerType.TOMCAT_PFX, KeyChoice.encryptedWith("short-pass")))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.field()).contains("keyPassword");
                    assertThat(refused.messageIn(java.util.Locale.ENGLISH))
                            .isEqualTo("Key password needs at least 12 characters; it has 10.");
                });

        assertThat(packed).isEmpty();
        assertThat(downloads(id)).isEmpty();
    }

    @Test
    void aStoreIsRefusedWithoutAPasswordBeforeAnythingIsPacked() {
        CertificateId id = issuedDv("www.store.example.com");

        assertThatThrownBy(() -> download.download(customer, id, ServerType.IIS, KeyChoice.unencrypted()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("PKCS#12");

        assertThat(packed).isEmpty();
        assertThat(downloads(id)).isEmpty();
    }

    @Test
    void aCertificateWithAGeneratedKeyOffersEveryFormat() {
        CertificateId id = issuedDv("www.options.example.com");

        assertThat(download.options(customer, id)).isEqualTo(new DownloadOptions(true, List.of(ServerType.values())));
    }

    private List<AuditEntry> downloads(CertificateId id) {
        return f.auditLog.forCertificate(id).stream().filter(entry -> entry.action().equals("Certificate downloaded")).toList();
    }

    private CertificateId issuedDv(String name) {
        CertificateId id = f.transactions.inTransaction(() -> {
            Certificate slot = f.access.save(customer, Certificate.purchase(customer.tenant(), Product.single("Brand", ValidationType.DV),
                    f.clock.instant()));
            slot.submit(UseCaseFixture.dvApplication(name), f.tokens, f.policy, f.clock.instant());
            return f.access.save(customer, slot).id();
        });
        f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.load(customer, id);
            certificate.recordVerificationAttempt(certificate.verifications().getFirst().identifier(),
                    VerificationAttempt.passed(f.clock.instant(), "TXT seen"), f.policy);
            f.issue.issue(certificate);
            f.access.save(customer, certificate);
        });
        return id;
    }

    /** Records what it was asked to pack; the real packer is judged by openssl in the adapters' tests. */
    private final class RecordingBundles implements CertificateBundles {

        @Override
        public Bundle bundle(BundleRequest request) {
            packed.add(request);
            return new Bundle(request.fileStem() + ".zip", new byte[0]);
        }

        @Override
        public Bundle bundle(UploadedBundleRequest request) {
            throw new UnsupportedOperationException("not an uploaded certificate");
        }

        @Override
        public String rootPem() {
            return "";
        }
    }
}
