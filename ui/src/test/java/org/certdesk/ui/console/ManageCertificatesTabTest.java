package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("bob")
class ManageCertificatesTabTest extends SpringBrowserlessTest {

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

    private int rows(Grid<CertificateSummary> grid) {
        return test(grid).size();
    }
}
