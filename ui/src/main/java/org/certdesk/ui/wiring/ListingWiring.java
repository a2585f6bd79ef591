package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.port.CertificateListing;
import org.certdesk.application.verification.DemoZoneParts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.listing}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ListingWiring {

    @Bean
    ListCertificates listCertificates(CertificateListing listing, DemoZoneParts demoZoneParts, Clock clock) {
        return new ListCertificates(listing, demoZoneParts, clock);
    }
}
