package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("bob")
class NotificationSettingsViewTest extends BrowserlessTest {

    @Test
    void theCustomerChoosesLeadTimeAndRepeatAndFindsThemAgain() {
        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        assertThat(view.leadDays.getListDataView().getItems()).containsExactly(30, 60, 90);
        assertThat(view.repeatDays.getListDataView().getItems()).containsExactly(0, 1, 3, 7);

        view.leadDays.setValue(60);
        view.repeatDays.setValue(3);
        test(view.save).click();

        NotificationSettingsView reopened = navigate(NotificationSettingsView.class);
        assertThat(reopened.leadDays.getValue()).isEqualTo(60);
        assertThat(reopened.repeatDays.getValue()).isEqualTo(3);
        assertThat(reopened.repeatDays.getItemLabelGenerator().apply(0)).isEqualTo("Only once");
    }

    @Test
    void theCustomerChoosesTheMailLanguageAndFindsItAgain() {
        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        assertThat(view.mailLanguage.getListDataView().getItems())
                .containsExactly(MailLanguage.ENGLISH, MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(view.mailLanguage.getValue()).as("the configured default, English").isEqualTo(MailLanguage.ENGLISH);
        assertThat(view.mailLanguage.getLabel()).isEqualTo("Mail language");
        assertThat(view.mailLanguage.getItemLabelGenerator().apply(MailLanguage.SIMPLIFIED_CHINESE)).isEqualTo("简体中文");

        view.mailLanguage.setValue(MailLanguage.SIMPLIFIED_CHINESE);
        test(view.save).click();

        assertThat(navigate(NotificationSettingsView.class).mailLanguage.getValue()).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
    }

    /** The test database outlives this class: bob's mails stay English for the browser tests. */
    @AfterEach
    void backToEnglish() {
        NotificationSettingsView view = navigate(NotificationSettingsView.class);
        view.mailLanguage.setValue(MailLanguage.ENGLISH);
        test(view.save).click();
        assertThat(navigate(NotificationSettingsView.class).mailLanguage.getValue()).isEqualTo(MailLanguage.ENGLISH);
    }
}
