package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.support.EventMail;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.application.port.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.support}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class SupportWiring {

    @Bean
    EventMail eventMail(Notifications notifications) {
        return new EventMail(notifications);
    }

    @Bean
    CertificateAccess certificateAccess(Certificates certificates, AuditLog auditLog, EventMail eventMail,
                                        Transactions transactions, Clock clock) {
        return new CertificateAccess(certificates, auditLog, eventMail, transactions, clock);
    }
}
