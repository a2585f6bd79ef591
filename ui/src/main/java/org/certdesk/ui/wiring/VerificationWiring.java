package org.certdesk.ui.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.micrometer.core.instrument.MeterRegistry;

import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.CheckReadiness;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.application.verification.RecheckVerifyingDomains;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.RemotePerspectives;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.certdesk.ui.metrics.MeteredDnsLookup;
import org.certdesk.ui.metrics.MeteredWebsiteFileFetcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.verification}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class VerificationWiring {

    /** What a Persistent DCV TXT Record (BR 3.2.2.4.22) names: the CAA identity and the console's account URIs. */
    @Bean
    PersistentDcvIdentity persistentDcvIdentity(@Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity,
                                                @Value("${certdesk.public-url:http://localhost:8080}") String publicUrl) {
        return new PersistentDcvIdentity(caaIdentity, publicUrl);
    }

    @Bean
    CheckDomainsNow checkDomainsNow(CertificateAccess access, DnsLookup dns, WebsiteFileFetcher files,
                                    MultiPerspectiveCorroboration corroboration, ApprovedIssuances approvals, IssueApprovedCertificate issueApproved, IssuancePolicy policy,
                                    Transactions transactions,
                                    Clock clock, @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity,
                                    SimulationPace pace, DvReviewRequests dvReviewRequests, MeterRegistry meters,
                                    PersistentDcvIdentity persistentDcvIdentity) {
        DnsLookup meteredDns = new MeteredDnsLookup(dns, meters);
        return new CheckDomainsNow(access, new DomainVerificationCheck(meteredDns, new MeteredWebsiteFileFetcher(files, meters),
                persistentDcvIdentity),
                new CaaCheck(meteredDns, caaIdentity), corroboration,
                approvals, issueApproved, policy, transactions, clock, pace::autoApproveDv, dvReviewRequests);
    }

    /**
     * Threads that wait on the remote perspectives, one virtual thread per question: the lookups
     * block, and the common pool has a single thread on a two-core machine. Not an Executor bean,
     * so Spring's own task executor is left as it is.
     */
    record PerspectiveThreads(ExecutorService threads) implements AutoCloseable {
        @Override
        public void close() {
            threads.shutdownNow();
        }
    }

    @Bean(destroyMethod = "close")
    PerspectiveThreads perspectiveThreads() {
        return new PerspectiveThreads(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("perspective-", 0).factory()));
    }

    @Bean
    CorroborationPolicy corroborationPolicy() {
        return CorroborationPolicy.baselineRequirements();
    }

    /** BR 3.2.2.9 over the remote perspectives configured now; deadline is the wait for one perspective's answer. */
    @Bean
    MultiPerspectiveCorroboration multiPerspectiveCorroboration(RemotePerspectives perspectives, CorroborationPolicy policy,
            @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity, PerspectiveThreads threads,
            @Value("${certdesk.mpic.deadline:8s}") Duration deadline, PersistentDcvIdentity persistentDcvIdentity) {
        return new MultiPerspectiveCorroboration(perspectives, policy, caaIdentity, threads.threads(), deadline, persistentDcvIdentity);
    }

    @Bean
    CheckReadiness checkReadiness(CertificateAccess access, Transactions transactions, DnsLookup dns, WebsiteFileFetcher files,
                                  @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity,
                                  PersistentDcvIdentity persistentDcvIdentity,
                                  org.certdesk.domain.acme.AcmeAuthorizations acmeAuthorizations,
                                  org.certdesk.domain.review.GovRegistrantRule govRegistrantRule, Clock clock, MeterRegistry meters) {
        DnsLookup meteredDns = new MeteredDnsLookup(dns, meters);
        return new CheckReadiness(access, transactions, meteredDns, new CaaCheck(meteredDns, caaIdentity),
                new DomainVerificationCheck(meteredDns, new MeteredWebsiteFileFetcher(files, meters), persistentDcvIdentity),
                persistentDcvIdentity, acmeAuthorizations, govRegistrantRule, clock);
    }

    @Bean
    DemoZoneParts demoZoneParts(DemoZonePublishing demoZone, Tenants tenants) {
        return new DemoZoneParts(demoZone, tenants);
    }

    @Bean
    PublishToDemoZone publishToDemoZone(CertificateAccess access, DemoZonePublishing demoZone, DemoZoneParts parts,
                                        Transactions transactions, PersistentDcvIdentity persistentDcvIdentity) {
        return new PublishToDemoZone(access, demoZone, parts, transactions, persistentDcvIdentity);
    }

    @Bean
    RecheckVerifyingDomains recheckVerifyingDomains(Certificates certificates, CheckDomainsNow checkDomainsNow) {
        return new RecheckVerifyingDomains(certificates, checkDomainsNow);
    }
}
