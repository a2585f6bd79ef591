package org.certdesk.ui.config;

import java.time.Clock;

import org.certdesk.application.admin.AdminInspection;
import org.certdesk.application.admin.ManageHolidays;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.port.EmailConfirmations;
import org.certdesk.application.port.ReviewAssignments;
import org.certdesk.application.port.ReviewQueueQuery;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.review.ConfirmVerificationEmail;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewQueue;
import org.certdesk.application.review.ReviewerActions;
import org.certdesk.application.review.SendVerificationEmail;
import org.certdesk.application.review.ShowReviewDetail;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Notifications;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.review.Whois;
import org.certdesk.domain.verification.TokenSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The composition root for the reviewer's and admin's use cases (queue, detail, decisions, email links, outbox, holidays). */
@Configuration(proxyBeanMethods = false)
public class ReviewUseCaseConfiguration {

    @Bean
    ReviewQueue reviewQueue(ReviewQueueQuery queue, ReviewAssignments assignments, Certificates certificates,
                            Holidays holidays, Transactions transactions, Clock clock) {
        return new ReviewQueue(queue, assignments, certificates, holidays, transactions, clock);
    }

    @Bean
    ShowReviewDetail showReviewDetail(CertificateAccess access, Reviews reviews, ReviewAssignments assignments,
                                      ShowProgress showProgress, Whois whois, Holidays holidays,
                                      Transactions transactions, Clock clock) {
        return new ShowReviewDetail(access, reviews, assignments, showProgress, whois, holidays, transactions, clock);
    }

    @Bean
    DecideApplication decideApplication(CertificateAccess access, Reviews reviews, GovRegistrantRule govRule,
                                        IssueCertificate issueCertificate, Transactions transactions, Clock clock) {
        return new DecideApplication(access, reviews, govRule, issueCertificate, transactions, clock);
    }

    @Bean
    SendVerificationEmail sendVerificationEmail(ReviewerActions reviewerActions, CertificateAccess access,
                                                EmailConfirmations confirmations, TokenSource tokens,
                                                Notifications notifications, Transactions transactions, Clock clock) {
        return new SendVerificationEmail(reviewerActions, access, confirmations, tokens, notifications, transactions, clock);
    }

    @Bean
    ConfirmVerificationEmail confirmVerificationEmail(EmailConfirmations confirmations, ReviewerActions reviewerActions,
                                                      CertificateAccess access, Transactions transactions, Clock clock) {
        return new ConfirmVerificationEmail(confirmations, reviewerActions, access, transactions, clock);
    }

    @Bean
    AdminInspection adminInspection(CapturedMail capturedMail, AuditLog auditLog) {
        return new AdminInspection(capturedMail, auditLog);
    }

    @Bean
    ManageHolidays manageHolidays(Holidays holidays, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new ManageHolidays(holidays, auditLog, transactions, clock);
    }
}
