package org.certdesk.ui.wiring;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.application.verification.RecheckVerifyingDomains;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.certdesk.ui.metrics.MeteredDnsLookup;
import org.certdesk.ui.metrics.MeteredWebsiteFileFetcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.verification}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class VerificationWiring {

    @Bean
    CheckDomainsNow checkDomainsNow(CertificateAccess access, DnsLookup dns, WebsiteFileFetcher files,
                                    ApprovedIssuances approvals, IssueApprovedCertificate issueApproved, IssuancePolicy policy,
                                    Transactions transactions,
                                    Clock clock, @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity,
                                    SimulationPace pace, DvReviewRequests dvReviewRequests, MeterRegistry meters) {
        DnsLookup meteredDns = new MeteredDnsLookup(dns, meters);
        return new CheckDomainsNow(access, new DomainVerificationCheck(meteredDns, new MeteredWebsiteFileFetcher(files, meters)),
                new CaaCheck(meteredDns, caaIdentity),
                approvals, issueApproved, policy, transactions, clock, pace::autoApproveDv, dvReviewRequests);
    }

    @Bean
    DemoZoneParts demoZoneParts(DemoZonePublishing demoZone, Tenants tenants) {
        return new DemoZoneParts(demoZone, tenants);
    }

    @Bean
    PublishToDemoZone publishToDemoZone(CertificateAccess access, DemoZonePublishing demoZone, DemoZoneParts parts,
                                        Transactions transactions) {
        return new PublishToDemoZone(access, demoZone, parts, transactions);
    }

    @Bean
    RecheckVerifyingDomains recheckVerifyingDomains(Certificates certificates, CheckDomainsNow checkDomainsNow) {
        return new RecheckVerifyingDomains(certificates, checkDomainsNow);
    }
}
