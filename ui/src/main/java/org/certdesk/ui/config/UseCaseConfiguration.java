package org.certdesk.ui.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.certdesk.application.account.LoadSignInAccount;
import org.certdesk.application.admin.EditDemoZone;
import org.certdesk.application.admin.ShowCaHierarchy;
import org.certdesk.application.apply.CancelApplication;
import org.certdesk.application.apply.LoadApplication;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.demo.SeedDemoData;
import org.certdesk.application.download.DownloadCertificate;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.lifecycle.CombineCertificates;
import org.certdesk.application.lifecycle.LifecycleSweeps;
import org.certdesk.application.lifecycle.RenewCertificate;
import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.overview.ShowOverview;
import org.certdesk.application.port.CaPublication;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateListing;
import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.RevocationRegistry;
import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.application.port.SubscriberKeyGenerator;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.mail.ManageMailLanguage;
import org.certdesk.application.reminder.ManageReminderPreference;
import org.certdesk.application.reminder.SendExpiryReminders;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewerActions;
import org.certdesk.application.simulation.ManageSimulation;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.support.EventMail;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.application.verification.RecheckVerifyingDomains;
import org.certdesk.domain.account.PasswordHasher;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.CertificateAuthority;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Notifications;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.profile.Profiles;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;
import org.certdesk.domain.reminder.ReminderPreferences;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.review.Whois;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The composition root for use cases: the application module has no Spring in it, so each use
 * case is made here from the ports the adapters provide.
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    LoadSignInAccount loadSignInAccount(UserAccounts accounts) {
        return new LoadSignInAccount(accounts);
    }

    @Bean
    SeedDemoData seedDemoData(UserAccounts accounts, Tenants tenants, PasswordHasher hasher, Transactions transactions) {
        return new SeedDemoData(accounts, tenants, hasher, transactions);
    }

    @Bean
    IssuancePolicy issuancePolicy() {
        return IssuancePolicy.baselineRequirements();
    }

    @Bean
    EventMail eventMail(Notifications notifications) {
        return new EventMail(notifications);
    }

    @Bean
    CertificateAccess certificateAccess(Certificates certificates, AuditLog auditLog, EventMail eventMail,
                                        Transactions transactions, Clock clock) {
        return new CertificateAccess(certificates, auditLog, eventMail, transactions, clock);
    }

    @Bean
    GovRegistrantRule govRegistrantRule(Whois whois) {
        return new GovRegistrantRule(whois);
    }

    @Bean
    IssueCertificate issueCertificate(CertificateAuthority ca, SubscriberKeyGenerator keyGenerator, SubscriberKeyStore keyStore,
                                      IssuancePolicy policy, Clock clock) {
        return new IssueCertificate(ca, keyGenerator, keyStore, policy, clock);
    }

    @Bean
    BuyCertificates buyCertificates(CertificateAccess access, ProductCatalogue catalogue, Transactions transactions, Clock clock) {
        return new BuyCertificates(access, catalogue, transactions, clock);
    }

    @Bean
    ListCertificates listCertificates(CertificateListing listing, Clock clock) {
        return new ListCertificates(listing, clock);
    }

    @Bean
    ShowOverview showOverview(Certificates certificates, ListCertificates listCertificates, Clock clock) {
        return new ShowOverview(certificates, listCertificates, clock);
    }

    @Bean
    SubmitApplication submitApplication(CertificateAccess access, CsrInspector csrInspector, GovRegistrantRule govRule,
                                        TokenSource tokens, IssuancePolicy policy, AcmeAuthorizations acmeAuthorizations,
                                        Transactions transactions, Clock clock) {
        return new SubmitApplication(access, csrInspector, govRule, tokens, policy, acmeAuthorizations, transactions, clock);
    }

    @Bean
    CancelApplication cancelApplication(CertificateAccess access, Transactions transactions, Clock clock) {
        return new CancelApplication(access, transactions, clock);
    }

    @Bean
    CheckDomainsNow checkDomainsNow(CertificateAccess access, DnsLookup dns, WebsiteFileFetcher files,
                                    IssueCertificate issueCertificate, IssuancePolicy policy, Transactions transactions,
                                    Clock clock, @Value("${certdesk.ca.caa-identity:certdesk.test}") String caaIdentity,
                                    SimulationPace pace, DvReviewRequests dvReviewRequests) {
        return new CheckDomainsNow(access, new DomainVerificationCheck(dns, files), new CaaCheck(dns, caaIdentity),
                issueCertificate, policy, transactions, clock, pace::autoApproveDv, dvReviewRequests);
    }

    /** The 1x intervals are configurable; the admin's speed factor divides them at run time. */
    @Bean
    SimulationPace simulationPace(SimulationSettingsStore store, Transactions transactions,
                                  @Value("${certdesk.scheduler.recheck-interval:PT2M}") Duration recheckInterval,
                                  @Value("${certdesk.scheduler.sweep-interval:PT1H}") Duration sweepInterval) {
        return new SimulationPace(store, transactions, recheckInterval, sweepInterval);
    }

    @Bean
    ManageSimulation manageSimulation(SimulationSettingsStore store, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new ManageSimulation(store, auditLog, transactions, clock);
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
    ShowCaHierarchy showCaHierarchy(CaPublication caPublication) {
        return new ShowCaHierarchy(caPublication);
    }

    @Bean
    EditDemoZone editDemoZone(DemoZoneAdministration demoZone) {
        return new EditDemoZone(demoZone);
    }

    @Bean
    RecheckVerifyingDomains recheckVerifyingDomains(Certificates certificates, CheckDomainsNow checkDomainsNow) {
        return new RecheckVerifyingDomains(certificates, checkDomainsNow);
    }

    @Bean
    ReviewerActions reviewerActions(CertificateAccess access, Reviews reviews, Transactions transactions, Clock clock) {
        return new ReviewerActions(access, reviews, transactions, clock);
    }

    @Bean
    DecideApplication decideApplication(CertificateAccess access, Reviews reviews, IssueCertificate issueCertificate,
                                        Transactions transactions, Clock clock) {
        return new DecideApplication(access, reviews, issueCertificate, transactions, clock);
    }

    @Bean
    RevokeCertificate revokeCertificate(CertificateAccess access, RevocationRegistry revocations, Transactions transactions,
                                        Clock clock) {
        return new RevokeCertificate(access, revocations, transactions, clock);
    }

    @Bean
    RenewCertificate renewCertificate(CertificateAccess access, TokenSource tokens, ExpiryReminderLog reminders,
                                      IssuancePolicy policy, Transactions transactions, Clock clock) {
        return new RenewCertificate(access, tokens, reminders, policy, transactions, clock);
    }

    @Bean
    CombineCertificates combineCertificates(CertificateAccess access, Transactions transactions, Clock clock) {
        return new CombineCertificates(access, transactions, clock);
    }

    @Bean
    ManageProfiles manageProfiles(Profiles profiles, Transactions transactions) {
        return new ManageProfiles(profiles, transactions);
    }

    @Bean
    LifecycleSweeps lifecycleSweeps(CertificateAccess access, Transactions transactions, Clock clock) {
        return new LifecycleSweeps(access, transactions, clock);
    }

    @Bean
    LoadApplication loadApplication(CertificateAccess access, Transactions transactions) {
        return new LoadApplication(access, transactions);
    }

    @Bean
    DownloadCertificate downloadCertificate(CertificateAccess access, SubscriberKeyStore keyStore,
                                            SubscriberKeyGenerator keyGenerator, CertificateBundles bundles,
                                            Transactions transactions, Clock clock) {
        return new DownloadCertificate(access, keyStore, keyGenerator, bundles, transactions, clock);
    }

    @Bean
    ShowProgress showProgress(CertificateAccess access, Reviews reviews, Holidays holidays, Transactions transactions,
                              Clock clock) {
        return new ShowProgress(access, reviews, holidays, transactions, clock);
    }

    @Bean
    SendExpiryReminders sendExpiryReminders(Certificates certificates, ExpiryReminderLog reminderLog,
                                            ReminderPreferences preferences, Notifications notifications,
                                            Transactions transactions, Clock clock) {
        return new SendExpiryReminders(certificates, reminderLog, preferences, notifications, transactions, clock);
    }

    @Bean
    ManageReminderPreference manageReminderPreference(ReminderPreferences preferences, AuditLog auditLog,
                                                      Transactions transactions, Clock clock) {
        return new ManageReminderPreference(preferences, auditLog, transactions, clock);
    }

    /** The default is the mail adapter's: {@code certdesk.mail.locale}, read here too since the ui never sees adapters. */
    @Bean
    ManageMailLanguage manageMailLanguage(MailLanguages languages, AuditLog auditLog, Transactions transactions, Clock clock,
                                          @Value("${certdesk.mail.locale:en}") Locale defaultLocale) {
        return new ManageMailLanguage(languages, MailLanguage.nearest(defaultLocale), auditLog, transactions, clock);
    }
}
