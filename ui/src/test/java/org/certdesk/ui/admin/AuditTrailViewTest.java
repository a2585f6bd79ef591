package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The admin's audit search. Its package sorts before the Chromium tests', which once made every
 * later browserless test land on the login view (see ThisContextsSecurityStrategy).
 */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class AuditTrailViewTest extends BrowserlessTest {

    @Autowired
    AuditLog auditLog;

    @Test
    void findsWhatAUserDidAndNarrowsItToDays() {
        String reviewer = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        auditLog.record(new AuditEntry(now.minus(2, ChronoUnit.DAYS), reviewer, "REVIEWER", null, null, "Phone call recorded",
                null, null, "earlier"));
        auditLog.record(new AuditEntry(now, reviewer, "REVIEWER", null, null, "Verification email sent", null, null, "today"));
        navigate(AuditTrailView.class);
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> trail = $(Grid.class).id("audit-trail");

        test($(TextField.class).id("audit-user")).setValue(reviewer);
        test($(Button.class).id("audit-show")).click();
        assertThat(test(trail).size()).isEqualTo(2);
        assertThat(test(trail).getRow(0).detail()).isEqualTo("today");

        test($(DatePicker.class).id("audit-from")).setValue(LocalDate.ofInstant(now, ZoneOffset.UTC));
        test($(Button.class).id("audit-show")).click();
        assertThat(test(trail).size()).isEqualTo(1);
        assertThat($(Span.class).id("audit-shown").getText()).isEqualTo("One matching entry.");
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
