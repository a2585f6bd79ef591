package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The admin's audit search. Its package sorts before the Chromium tests', which once made every
 * later browserless test land on the login view (see ThisContextsSecurityStrategy).
 */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class AuditTrailViewTest extends BrowserlessTest {

    @Test
    void opensOnTheNewestEntriesAndNarrowsToAUser() {
        navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> trail = $(Grid.class).id("audit-trail");
        assertThat(test(trail).size()).isPositive();

        test($(TextField.class).id("audit-user")).setValue("no-such-user");
        test($(Button.class).id("audit-show")).click();

        assertThat(test(trail).size()).isZero();
        assertThat($(Span.class).id("audit-shown").getText()).isEqualTo("0 matching entries.");
    }

    @Test
    void anEndBeforeTheStartIsNamedAtTheEndDate() {
        navigate(AuditTrailView.class);
        DatePicker to = $(DatePicker.class).id("audit-to");

        test($(DatePicker.class).id("audit-from")).setValue(LocalDate.of(2026, 11, 25));
        test(to).setValue(LocalDate.of(2026, 11, 24));
        test($(Button.class).id("audit-show")).click();

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end date is before the start date.");
    }
}
