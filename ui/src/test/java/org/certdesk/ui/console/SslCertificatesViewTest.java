package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class SslCertificatesViewTest extends BrowserlessTest {

    @Test
    void showsTheSeedsThreeTabsWithOverviewSelected() {
        navigate(SslCertificatesView.class);

        TabSheet tabs = $(TabSheet.class).single();
        assertThat(tabs.getTabCount()).isEqualTo(3);
        assertThat(tabs.getTabAt(0).getLabel()).isEqualTo("Overview");
        assertThat(tabs.getTabAt(1).getLabel()).isEqualTo("Manage Certificates");
        assertThat(tabs.getTabAt(2).getLabel()).isEqualTo("Uploaded Certificates");
        assertThat(tabs.getSelectedIndex()).isZero();
    }

    @Test
    void headerShowsTheSignedInCustomerAndRole() {
        navigate(SslCertificatesView.class);

        assertThat($(Span.class).withClassName("signed-in-user").single().getText()).isEqualTo("Alice");
        assertThat($(Span.class).withText("Customer").exists()).isTrue();
    }
}
