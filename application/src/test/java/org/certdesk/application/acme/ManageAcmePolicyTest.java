package org.certdesk.application.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.Test;

class ManageAcmePolicyTest {

    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<AcmeProfile> profiles = new ArrayList<>();
    private AcmeRateLimits limits = AcmeRateLimits.DEFAULT;

    private final ManageAcmePolicy policy = new ManageAcmePolicy(new AcmeSettings() {
        @Override
        public AcmeRateLimits rateLimits() {
            return limits;
        }

        @Override
        public void saveRateLimits(AcmeRateLimits newLimits) {
            limits = newLimits;
        }
    }, new AcmeProfiles() {
        @Override
        public List<AcmeProfile> all() {
            return List.copyOf(profiles);
        }

        @Override
        public void save(AcmeProfile profile) {
            profiles.removeIf(p -> p.name().equals(profile.name()));
            profiles.add(profile);
        }
    }, new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AuditEntry> forCertificate(CertificateId certificate) {
            return List.of();
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            return List.of();
        }
    }, new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(CertificateId about, Runnable sideEffect) {
            sideEffect.run();
        }
    }, Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC));

    private final Actor admin = Actor.staff(new AccountId(1), "adam", Role.ADMIN);

    @Test
    void changedRateLimitsAreStoredAndAuditedWithBeforeAndAfter() {
        policy.changeRateLimits(admin, new AcmeRateLimits(10, 5, 50));

        assertThat(policy.rateLimits(admin)).isEqualTo(new AcmeRateLimits(10, 5, 50));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("ACME rate limits changed");
            assertThat(entry.detail()).isEqualTo("300 orders/h, 60 failed validations/h -> 10 orders/h, 5 failed validations/h");
        });
    }

    @Test
    void aSavedProfileReplacesTheOneOfTheSameNameDisabledOnesIncluded() {
        policy.saveProfile(admin, new AcmeProfile("shortlived", "Six days", Duration.ofDays(6), true));
        policy.saveProfile(admin, new AcmeProfile("shortlived", "Six days", Duration.ofDays(6), false));

        assertThat(policy.profiles(admin)).containsExactly(new AcmeProfile("shortlived", "Six days", Duration.ofDays(6), false));
        assertThat(audit.getLast().detail()).isEqualTo("shortlived: 6 days, enabled -> 6 days, disabled");
    }

    @Test
    void onlyASignedInAdminMayReadOrChangeThePolicy() {
        Actor customer = Actor.customer(new AccountId(2), "bob", new TenantId(1));

        assertThatThrownBy(() -> policy.changeRateLimits(customer, new AcmeRateLimits(1, 1, 1))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> policy.profiles(Actor.system())).isInstanceOf(NotPermittedException.class);
        assertThat(limits).isEqualTo(AcmeRateLimits.DEFAULT);
        assertThat(audit).isEmpty();
    }
}
