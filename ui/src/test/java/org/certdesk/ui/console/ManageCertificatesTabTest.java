package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("bob")
class ManageCertificatesTabTest extends BrowserlessTest {

    @Test
    void buyingShowsTheNewSlotsUnderPendingApplication() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip(); // the tab sheet attaches the selected content before the response
        ManageCertificatesTab manage = view.manage;
        int before = rows(manage.grid);

        test(manage.buy).click();
        BuyCertificatesDialog dialog = $(BuyCertificatesDialog.class).single();
        test(dialog.quantity).setValue(2);
        test(dialog.confirm).click();

        assertThat(manage.statusFilter.getValue()).isEqualTo(org.certdesk.domain.certificate.CertificateStatus.PENDING_APPLICATION);
        assertThat(rows(manage.grid)).isGreaterThanOrEqualTo(2);
        manage.statusFilter.clear();
        assertThat(rows(manage.grid)).isEqualTo(before + 2);
    }

    @Test
    void searchNarrowsTheGridToMatchingNames() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip(); // the tab sheet attaches the selected content before the response
        ManageCertificatesTab manage = view.manage;

        test(manage.search).setValue("no-such-name.example");

        assertThat(rows(manage.grid)).isZero();
    }

    @Test
    void enterSearchesWithTheValueItCarries() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip();
        ManageCertificatesTab manage = view.manage;
        assertThat(rows(manage.grid)).isPositive();

        // What the browser sends on Enter: the keydown, its filter's result and the typed value, before
        // the lazy value timer has sent anything.
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.key === 'Enter'", true);
        data.put("element.value", "no-such-name.example");
        manage.search.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(manage.search.getElement(), "keydown", data));

        assertThat(manage.search.getValue()).isEqualTo("no-such-name.example");
        assertThat(rows(manage.grid)).isZero();
    }

    @Test
    void twoUnusedOvPurchasesCombineIntoOneMultiDomainCertificate() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip();
        ManageCertificatesTab manage = view.manage;
        test(manage.buy).click();
        BuyCertificatesDialog dialog = $(BuyCertificatesDialog.class).single();
        test(dialog.type).selectItem("OV (organization validated)");
        test(dialog.quantity).setValue(2);
        test(dialog.confirm).click();
        assertThat(manage.combine.isEnabled()).isFalse();

        test(manage.grid).select(0);
        test(manage.grid).select(1);
        assertThat(manage.combine.isEnabled()).isTrue();
        test(manage.combine).click();
        test($(ConfirmDialog.class).single()).confirm();

        CertificateSummary combined = test(manage.grid).getRow(0);
        assertThat(combined.coverage()).isEqualTo(Coverage.MULTI_DOMAIN);
        assertThat(combined.type()).isEqualTo(ValidationType.OV);
        assertThat(manage.grid.getSelectedItems()).isEmpty();
    }

    private int rows(Grid<CertificateSummary> grid) {
        return test(grid).size();
    }
}
