package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.admin.AdminInspection;
import org.certdesk.application.admin.EditDemoZone;
import org.certdesk.application.admin.ManageHolidays;
import org.certdesk.application.admin.ShowCaHierarchy;
import org.certdesk.application.admin.ShowPerspectives;
import org.certdesk.application.port.CaPublication;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holidays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.admin}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class AdminWiring {

    @Bean
    ShowCaHierarchy showCaHierarchy(CaPublication caPublication) {
        return new ShowCaHierarchy(caPublication);
    }

    @Bean
    EditDemoZone editDemoZone(DemoZoneAdministration demoZone) {
        return new EditDemoZone(demoZone);
    }

    @Bean
    ShowPerspectives showPerspectives(PerspectiveDirectory perspectiveDirectory) {
        return new ShowPerspectives(perspectiveDirectory);
    }

    @Bean
    AdminInspection adminInspection(CapturedMail capturedMail, AuditLog auditLog) {
        return new AdminInspection(capturedMail, auditLog);
    }

    @Bean
    ManageHolidays manageHolidays(Holidays holidays, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new ManageHolidays(holidays, auditLog, transactions, clock);
    }
}
