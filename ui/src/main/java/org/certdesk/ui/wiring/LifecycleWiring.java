package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.lifecycle.CombineCertificates;
import org.certdesk.application.lifecycle.LifecycleSweeps;
import org.certdesk.application.lifecycle.RenewCertificate;
import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.TokenSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.lifecycle}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class LifecycleWiring {

    @Bean
    RevokeCertificate revokeCertificate(CertificateAccess access, RevocationRegistry revocations, Transactions transactions,
                                        Clock clock) {
        return new RevokeCertificate(access, revocations, transactions, clock);
    }

    @Bean
    RenewCertificate renewCertificate(CertificateAccess access, TokenSource tokens, ExpiryReminderLog reminders,
                                      CertificateSuccessions successions, EvidenceReuses evidenceReuses, IssuancePolicy policy,
                                      Transactions transactions, Clock clock) {
        return new RenewCertificate(access, tokens, reminders, successions, evidenceReuses, policy, transactions, clock);
    }

    @Bean
    CombineCertificates combineCertificates(CertificateAccess access, Transactions transactions, Clock clock) {
        return new CombineCertificates(access, transactions, clock);
    }

    @Bean
    LifecycleSweeps lifecycleSweeps(CertificateAccess access, Transactions transactions, Clock clock) {
        return new LifecycleSweeps(access, transactions, clock);
    }
}
