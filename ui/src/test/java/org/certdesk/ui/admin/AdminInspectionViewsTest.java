package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class AdminInspectionViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;

    @Test
    void outboxListsCapturedMailNewestFirst() {
        navigate(OutboxView.class);

        @SuppressWarnings("unchecked")
        Grid<CapturedMessage> grid = $(Grid.class).id("outbox");
        var rows = test(grid);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.getRow(i - 1).receivedAt()).isAfterOrEqualTo(rows.getRow(i).receivedAt());
        }
    }

    @Test
    void auditTrailShowsWhoDidWhatToACertificate() {
        UserAccount bob = accounts.findByUsername("bob").orElseThrow();
        CertificateId id = buy.buy(new BuyCertificates.Command(new Actor(bob.id(), bob.username(), bob.role(), bob.tenantId()),
                "CertDesk", ValidationType.OV, Coverage.SINGLE, 1, 1)).getFirst();
        navigate(AuditTrailView.class);

        test($(IntegerField.class).id("audit-certificate")).setValue((int) id.value());
        test($(Button.class).id("audit-show")).click();

        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = $(Grid.class).id("audit-trail");
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getRow(0).actor()).isEqualTo("bob");
    }
}
