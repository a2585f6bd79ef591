package org.certdesk.ui.wiring;

import java.time.Clock;
import java.util.Locale;

import org.certdesk.application.mail.ManageMailLanguage;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.mail}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class MailWiring {

    /** The default is the mail adapter's: {@code certdesk.mail.locale}, read here too since the ui never sees adapters. */
    @Bean
    ManageMailLanguage manageMailLanguage(MailLanguages languages, AuditLog auditLog, Transactions transactions, Clock clock,
                                          @Value("${certdesk.mail.locale:en}") Locale defaultLocale) {
        return new ManageMailLanguage(languages, MailLanguage.nearest(defaultLocale), auditLog, transactions, clock);
    }
}
