package org.certdesk.ui.wiring;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.certdesk.application.acme.AcmeAccountRegistry;
import org.certdesk.application.acme.AcmeRenewalInformation;
import org.certdesk.application.acme.AcmeReplayNonces;
import org.certdesk.application.acme.AnswerAcmeChallenge;
import org.certdesk.application.acme.ConsoleEvidence;
import org.certdesk.application.acme.DeactivateAcmeAuthorization;
import org.certdesk.application.acme.FinalizeAcmeOrder;
import org.certdesk.application.acme.ManageAcmePolicy;
import org.certdesk.application.acme.ManageEabCredentials;
import org.certdesk.application.acme.PlaceAcmeOrder;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.application.acme.ReplacedCertificates;
import org.certdesk.application.acme.RevokeAcmeCertificate;
import org.certdesk.application.acme.ShowAcmeResources;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.port.AcmeEvidenceLedger;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.AcmeNonceLedger;
import org.certdesk.application.port.AsyncWork;
import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.acme.AcmeAccounts;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeChallengeCheck;
import org.certdesk.domain.acme.AcmeCorroboration;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.domain.acme.EabCredentials;
import org.certdesk.domain.acme.Http01Fetcher;
import org.certdesk.domain.acme.RenewalOverrides;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.ui.metrics.MeteredDnsLookup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.acme}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class AcmeWiring {

    @Bean
    ManageEabCredentials manageEabCredentials(EabCredentials credentials, TokenSource random, AuditLog auditLog,
                                              Transactions transactions, Clock clock) {
        return new ManageEabCredentials(credentials, random, auditLog, transactions, clock);
    }

    @Bean
    AcmeAccountRegistry acmeAccountRegistry(AcmeAccounts accounts, EabCredentials credentials, AuditLog auditLog,
                                            Transactions transactions, Clock clock) {
        return new AcmeAccountRegistry(accounts, credentials, auditLog, transactions, clock);
    }

    @Bean
    ReplacedCertificates replacedCertificates(IssuedCertificateChains chains, Certificates certificates, AcmeOrders orders,
                                              CertificateSuccessions successions) {
        return new ReplacedCertificates(chains, certificates, orders, successions);
    }

    @Bean
    ConsoleEvidence consoleEvidence(Certificates certificates) {
        return new ConsoleEvidence(certificates);
    }

    @Bean
    PlaceAcmeOrder placeAcmeOrder(AcmeOrders orders, AcmeAuthorizations authorizations, AcmeProfiles profiles,
                                  AcmeSettings settings, ReplacedCertificates replaced, ConsoleEvidence consoleEvidence,
                                  EvidenceReuses evidenceReuses, IssuancePolicy policy, TokenSource random, Transactions transactions, Clock clock,
                                  @Value("${certdesk.demo-zone.enabled:true}") boolean demoZoneServed,
                                  DemoZoneParts demoZoneParts) {
        return new PlaceAcmeOrder(orders, authorizations, profiles, settings, replaced, consoleEvidence, evidenceReuses, policy,
                () -> demoZoneServed, demoZoneParts, random, transactions, clock);
    }

    @Bean
    AcmeReplayNonces acmeReplayNonces(AcmeNonceLedger ledger, Clock clock) {
        return new AcmeReplayNonces(ledger, clock);
    }

    @Bean
    AcmeChallengeCheck acmeChallengeCheck(DnsLookup dns, Http01Fetcher files, TlsAlpnProbe tls,
                                          @Value("${certdesk.acme.http-01-port:80}") int httpPort,
                                          @Value("${certdesk.acme.tls-alpn-01-port:443}") int tlsPort, MeterRegistry meters,
                                          PersistentDcvIdentity persistentDcvIdentity) {
        return new AcmeChallengeCheck(new MeteredDnsLookup(dns, meters), files, tls, httpPort, tlsPort, persistentDcvIdentity);
    }

    @Bean
    AcmeCorroboration acmeCorroboration(MultiPerspectiveCorroboration corroboration,
                                        @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity,
                                        @Value("${certdesk.acme.http-01-port:80}") int httpPort,
                                        @Value("${certdesk.acme.tls-alpn-01-port:443}") int tlsPort,
                                        PersistentDcvIdentity persistentDcvIdentity) {
        return new AcmeCorroboration(corroboration, caaIdentity, httpPort, tlsPort, persistentDcvIdentity);
    }

    @Bean
    AnswerAcmeChallenge answerAcmeChallenge(AcmeAuthorizations authorizations, AcmeAccounts accounts, AcmeChallengeCheck check,
                                            AcmeCorroboration corroboration, AcmeSettings settings, IssuancePolicy policy,
                                            AcmeEvidenceLedger ledger, AsyncWork background, Transactions transactions,
                                            Clock clock, PersistentDcvIdentity persistentDcvIdentity) {
        // The account URL under the public URL, as AcmeLinks builds it for a client that reaches CertDesk there.
        return new AnswerAcmeChallenge(authorizations, accounts, check, corroboration, settings, policy, ledger, background,
                transactions, clock, account -> persistentDcvIdentity.consoleUrl() + "/acme/account/" + account.value());
    }

    @Bean
    DeactivateAcmeAuthorization deactivateAcmeAuthorization(AcmeAuthorizations authorizations, Transactions transactions,
                                                            Clock clock) {
        return new DeactivateAcmeAuthorization(authorizations, transactions, clock);
    }

    @Bean
    ShowAcmeResources showAcmeResources(AcmeOrders orders, AcmeAuthorizations authorizations, Certificates certificates,
                                        IssuedCertificateChains chains, Transactions transactions, Clock clock) {
        return new ShowAcmeResources(orders, authorizations, certificates, chains, transactions, clock);
    }

    @Bean
    FinalizeAcmeOrder finalizeAcmeOrder(AcmeOrders orders, AcmeAuthorizations authorizations, EabCredentials credentials,
                                        AcmeProfiles profiles, CsrInspector csrInspector, DnsLookup dns,
                                        AcmeCorroboration corroboration, CertificateAccess access,
                                        IssueCertificate issueCertificate, ReplacedCertificates replaced, TokenSource tokens,
                                        IssuancePolicy policy, Transactions transactions, Clock clock,
                                        @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity, MeterRegistry meters) {
        return new FinalizeAcmeOrder(orders, authorizations, credentials, profiles, csrInspector,
                new CaaCheck(new MeteredDnsLookup(dns, meters), caaIdentity), corroboration, access, issueCertificate, replaced, tokens, policy,
                transactions, clock);
    }

    @Bean
    RevokeAcmeCertificate revokeAcmeCertificate(IssuedCertificateChains chains, Certificates certificates, AcmeOrders orders,
                                                RevokeCertificate revokeCertificate, Transactions transactions) {
        return new RevokeAcmeCertificate(chains, certificates, orders, revokeCertificate, transactions);
    }

    @Bean
    AcmeRenewalInformation acmeRenewalInformation(IssuedCertificateChains chains, Certificates certificates,
                                                  RenewalOverrides overrides, AcmeProfiles profiles, AuditLog auditLog,
                                                  Transactions transactions, Clock clock,
                                                  @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity) {
        return new AcmeRenewalInformation(chains, certificates, overrides, profiles, auditLog, caaIdentity, transactions, clock);
    }

    @Bean
    ManageAcmePolicy manageAcmePolicy(AcmeSettings settings, AcmeProfiles profiles, AuditLog auditLog, Transactions transactions,
                                      Clock clock) {
        return new ManageAcmePolicy(settings, profiles, auditLog, transactions, clock);
    }
}
