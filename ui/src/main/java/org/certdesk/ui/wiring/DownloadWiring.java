package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.download.DownloadCertificate;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.download}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class DownloadWiring {

    @Bean
    DownloadCertificate downloadCertificate(CertificateAccess access, SubscriberKeyStore keyStore,
                                            SubscriberKeyGenerator keyGenerator, CertificateBundles bundles,
                                            Transactions transactions, Clock clock) {
        return new DownloadCertificate(access, keyStore, keyGenerator, bundles, transactions, clock);
    }
}
