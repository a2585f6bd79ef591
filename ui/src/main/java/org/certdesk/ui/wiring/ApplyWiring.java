package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.apply.CancelApplication;
import org.certdesk.application.apply.LoadApplication;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Whois;
import org.certdesk.domain.verification.TokenSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.apply}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ApplyWiring {

    @Bean
    GovRegistrantRule govRegistrantRule(Whois whois) {
        return new GovRegistrantRule(whois);
    }

    @Bean
    SubmitApplication submitApplication(CertificateAccess access, CsrInspector csrInspector, GovRegistrantRule govRule,
                                        TokenSource tokens, IssuancePolicy policy, AcmeAuthorizations acmeAuthorizations,
                                        EvidenceReuses evidenceReuses, Transactions transactions, Clock clock) {
        return new SubmitApplication(access, csrInspector, govRule, tokens, policy, acmeAuthorizations, evidenceReuses,
                transactions, clock);
    }

    @Bean
    CancelApplication cancelApplication(CertificateAccess access, Transactions transactions, Clock clock) {
        return new CancelApplication(access, transactions, clock);
    }

    @Bean
    LoadApplication loadApplication(CertificateAccess access, Transactions transactions) {
        return new LoadApplication(access, transactions);
    }
}
