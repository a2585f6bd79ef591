package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.issuance.IssueCertificate;
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
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.review.Whois;
import org.certdesk.domain.verification.TokenSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.review}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class ReviewWiring {

    @Bean
    ReviewerActions reviewerActions(CertificateAccess access, Reviews reviews, Transactions transactions, Clock clock) {
        return new ReviewerActions(access, reviews, transactions, clock);
    }


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
}
