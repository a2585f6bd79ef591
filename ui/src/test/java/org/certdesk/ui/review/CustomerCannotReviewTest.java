package org.certdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.H2;
import org.certdesk.application.admin.AdminInspection;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.QueueFilter;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewQueue;
import org.certdesk.application.review.ReviewerActions;
import org.certdesk.application.review.SendVerificationEmail;
import org.certdesk.application.review.ShowReviewDetail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.admin.AuditTrailView;
import org.certdesk.ui.admin.OutboxView;
import org.certdesk.ui.error.AccessDeniedView;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A customer reaches neither the reviewer's and admin's views nor their use cases, even with a real application id. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class CustomerCannotReviewTest extends BrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;
    @Autowired
    ReviewQueue reviewQueue;
    @Autowired
    ShowReviewDetail showReviewDetail;
    @Autowired
    SendVerificationEmail sendVerificationEmail;
    @Autowired
    ReviewerActions reviewerActions;
    @Autowired
    DecideApplication decisions;
    @Autowired
    AdminInspection adminInspection;

    Actor alice;
    CertificateId own;

    @BeforeEach
    void anOwnApplication() {
        OvApplications fixtures = new OvApplications(accounts, buy, submit, demoNames);
        alice = fixtures.actorOf("alice");
        own = fixtures.submitted("alice").id();
    }

    @Test
    void reviewerUseCasesRefuseACustomerEvenForItsOwnApplication() {
        assertThatThrownBy(() -> reviewQueue.page(alice, QueueFilter.everything(), 0, 10)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reviewQueue.count(alice, QueueFilter.everything())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reviewQueue.claim(alice, own)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> showReviewDetail.show(alice, own)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> sendVerificationEmail.send(alice, own)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reviewerActions.phoneCallRecorded(alice, own, PhoneCallOutcome.CONFIRMED, "me"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> decisions.approve(alice, own, 0)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> decisions.reject(alice, own, 0, RejectionCause.OTHER, "x")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void adminUseCasesRefuseACustomer() {
        assertThatThrownBy(() -> adminInspection.outbox(alice)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> adminInspection.auditTrail(alice, own)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void reviewerAndAdminViewsShowAccessDenied() {
        for (String route : new String[] {"review", "review/" + own.value(), "admin/outbox", "admin/audit"}) {
            navigate(route, com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
            assertThat($(ReviewQueueView.class).exists()).as(route).isFalse();
            assertThat($(ReviewDetailView.class).exists()).as(route).isFalse();
            assertThat($(OutboxView.class).exists()).as(route).isFalse();
            assertThat($(AuditTrailView.class).exists()).as(route).isFalse();
            assertThat($(H2.class).all()).as(route).noneMatch(h -> h.getText().startsWith("Application #"));
        }
    }
}
