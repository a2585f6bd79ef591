package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's ACME policy: rate limits and profiles are stored, refusals stay at their field. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class AcmePolicyViewTest extends BrowserlessTest {

    @Autowired
    AcmeSettings settings;
    @Autowired
    AcmeProfiles profiles;

    @Test
    void savedRateLimitsArePersistedAndShownAgain() {
        AcmePolicyView view = navigate(AcmePolicyView.class);
        test(view.ordersPerHour).setValue(1234);
        test(view.failedValidationsPerHour).setValue(77);
        test(view.tenantOrdersPerHour).setValue(4321);
        test(view.saveLimits).click();

        assertThat(settings.rateLimits()).isEqualTo(new AcmeRateLimits(1234, 77, 4321));
        AcmePolicyView reopened = navigate(AcmePolicyView.class);
        assertThat(reopened.ordersPerHour.getValue()).isEqualTo(1234);
        assertThat(reopened.failedValidationsPerHour.getValue()).isEqualTo(77);
        assertThat(reopened.tenantOrdersPerHour.getValue()).isEqualTo(4321);
    }

    @Test
    void aLimitAboveTheMaximumIsRefusedAtItsField() {
        AcmePolicyView view = navigate(AcmePolicyView.class);
        AcmeRateLimits before = settings.rateLimits();
        test(view.ordersPerHour).setValue(200_000);
        test(view.saveLimits).click();

        assertThat(view.ordersPerHour.isInvalid()).isTrue();
        assertThat(view.ordersPerHour.getErrorMessage()).contains("100000");
        assertThat(settings.rateLimits()).isEqualTo(before);
    }

    @Test
    void aNewProfileIsSavedWithItsValidityAndState() {
        String name = "short-" + UUID.randomUUID().toString().substring(0, 6);
        AcmePolicyView view = navigate(AcmePolicyView.class);
        test(view.profileName).setValue(name);
        test(view.profileDescription).setValue("Six-day certificates");
        test(view.profileValidityDays).setValue(6);
        test(view.profileEnabled).click(); // disabled: the directory other tests read stays as it was
        test(view.saveProfile).click();

        assertThat(profiles.find(name)).contains(new AcmeProfile(name, "Six-day certificates", Duration.ofDays(6), false));
        assertThat(view.profiles.getListDataView().getItems().map(AcmeProfile::name)).contains(name);
    }

    /** The test database outlives this class: the ACME tests sharing it get the usual limits back. */
    @AfterEach
    void defaultLimits() {
        settings.saveRateLimits(AcmeRateLimits.DEFAULT);
    }
}
