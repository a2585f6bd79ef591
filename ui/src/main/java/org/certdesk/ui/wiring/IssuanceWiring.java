package org.certdesk.ui.wiring;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.certdesk.application.issuance.FinishApprovedIssuances;
import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.issuance.ShowPolicyToday;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.ui.metrics.MeteredCertificateAuthority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.issuance}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class IssuanceWiring {

    @Bean
    IssuancePolicy issuancePolicy() {
        return IssuancePolicy.baselineRequirements();
    }

    @Bean
    IssueCertificate issueCertificate(CertificateAuthority ca, SubscriberKeyGenerator keyGenerator, SubscriberKeyStore keyStore,
                                      IssuancePolicy policy, Clock clock, MeterRegistry meters) {
        return new IssueCertificate(new MeteredCertificateAuthority(ca, meters), keyGenerator, keyStore, policy, clock);
    }

    @Bean
    ShowPolicyToday showPolicyToday(IssuancePolicy policy, Clock clock) {
        return new ShowPolicyToday(policy, clock);
    }

    @Bean
    IssueApprovedCertificate issueApprovedCertificate(CertificateAccess access, ApprovedIssuances approvals,
                                                      IssueCertificate issueCertificate, Transactions transactions, Clock clock) {
        return new IssueApprovedCertificate(access, approvals, issueCertificate, transactions, clock);
    }

    @Bean
    FinishApprovedIssuances finishApprovedIssuances(ApprovedIssuances approvals, IssueApprovedCertificate issueApproved,
                                                    Transactions transactions, Clock clock) {
        return new FinishApprovedIssuances(approvals, issueApproved, transactions, clock);
    }
}
