package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.review.Reviews;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.progress}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ProgressWiring {

    @Bean
    ShowProgress showProgress(CertificateAccess access, Reviews reviews, Holidays holidays, ApprovedIssuances approvals,
                              Transactions transactions, Clock clock,
                              org.certdesk.domain.verification.PersistentDcvIdentity persistentDcvIdentity) {
        return new ShowProgress(access, reviews, holidays, approvals, transactions, clock, persistentDcvIdentity);
    }
}
