package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.purchase}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class PurchaseWiring {

    @Bean
    BuyCertificates buyCertificates(CertificateAccess access, ProductCatalogue catalogue, Transactions transactions, Clock clock) {
        return new BuyCertificates(access, catalogue, transactions, clock);
    }
}
