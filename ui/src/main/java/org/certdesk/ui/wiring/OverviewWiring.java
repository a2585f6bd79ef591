package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.overview.ShowOverview;
import org.certdesk.domain.certificate.Certificates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.overview}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class OverviewWiring {

    @Bean
    ShowOverview showOverview(Certificates certificates, ListCertificates listCertificates, Clock clock) {
        return new ShowOverview(certificates, listCertificates, clock);
    }
}
