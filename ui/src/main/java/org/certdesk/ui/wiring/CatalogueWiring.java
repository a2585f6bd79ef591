package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.catalogue.EditProductCatalogue;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.catalogue}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class CatalogueWiring {

    @Bean
    EditProductCatalogue editProductCatalogue(ProductCatalogue catalogue, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new EditProductCatalogue(catalogue, auditLog, transactions, clock);
    }
}
