package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
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

    @Test
    void onlyTheShownTabKeepsItsComponentsAndTheOverviewCountsAgainOnEachVisit() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        roundTrip();
        assertThat(view.overview.content()).isPresent();
        assertThat(view.uploaded.content()).as("never opened, never built").isEmpty();
        long pending = pendingApplicationCount();

        view.tabs.setSelectedIndex(1);
        roundTrip();
        assertThat(view.overview.content()).as("left for the grid: dropped").isEmpty();
        assertThat($(OverviewTab.class).exists()).isFalse();

        test(view.manage.buy).click();
        BuyCertificatesDialog dialog = $(BuyCertificatesDialog.class).single();
        test(dialog.quantity).setValue(1);
        test(dialog.confirm).click();

        view.tabs.setSelectedIndex(2);
        roundTrip();
        assertThat(view.uploaded.content()).isPresent();
        assertThat($(UploadedCertificatesTab.class).single().upload.getText()).isNotBlank();

        view.tabs.setSelectedIndex(0);
        roundTrip();
        assertThat(view.uploaded.content()).isEmpty();
        assertThat(view.overview.content()).isPresent();
        assertThat(pendingApplicationCount()).as("counted again, with the purchase").isEqualTo(pending + 1);
    }

    @Test
    void theManageTabIsSentHiddenOnceTheBrowserIsIdleAndOpeningItKeepsThatContent() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        roundTrip();
        assertThat(view.manage.isAttached()).as("not before the browser is idle").isFalse();

        view.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(view.getElement(), "certdesk-prebuild-manage", JacksonUtils.createObjectNode()));
        roundTrip();

        assertThat(view.manage.isAttached()).isTrue();
        assertThat(view.tabs.getSelectedIndex()).as("the Overview stays shown").isZero();
        assertThat(view.overview.content()).isPresent();
        view.tabs.setSelectedIndex(1);
        roundTrip();
        assertThat(view.manage.getParent()).contains(view.tabs);
        assertThat(view.tabs.getElement().getChildren().filter(child -> child.equals(view.manage.getElement()))).hasSize(1);
        assertThat(view.manage.getElement().isEnabled()).as("the shown tab takes input").isTrue();
    }

    /** The overview's Pending Application card, or 0 while it shows "No certificates yet". */
    private long pendingApplicationCount() {
        if (!$(Div.class).withClassName("status-pending-application").exists()) {
            return 0;
        }
        Div card = $(Div.class).withClassName("status-pending-application").single();
        return Long.parseLong($(Span.class, card).withClassName("status-card-count").single().getText());
    }
}
