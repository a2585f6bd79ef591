package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.port.CertificateListing;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.review.Reviews;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.listing}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ListingWiring {

    @Bean
    ListCertificates listCertificates(CertificateListing listing, DemoZoneParts demoZoneParts, Certificates certificates,
                                      Reviews reviews, Holidays holidays, Clock clock) {
        return new ListCertificates(listing, demoZoneParts, certificates, reviews, holidays, clock);
    }
}
