package org.certdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;

import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.QueuedApplication;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewQueue;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("rita")
class ReviewQueueViewTest extends BrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;
    @Autowired
    Holidays holidays;
    @Autowired
    ReviewQueue reviewQueue;
    @Autowired
    DecideApplication decisions;
    @Autowired
    Certificates certificates;

    OvApplications fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OvApplications(accounts, buy, submit, demoNames);
    }

    @Test
    void showsASubmittedOvApplicationWithItsBusinessDayDeadlines() {
        var submitted = fixtures.submitted("alice");

        ReviewQueueView view = navigate(ReviewQueueView.class);
        QueuedApplication row = rowOf(view, submitted);

        assertThat(row.type()).isEqualTo(ValidationType.OV);
        assertThat(row.organization()).isEqualTo(submitted.organization());
        assertThat(row.names()).containsExactly(submitted.name());
        var submittedOn = row.submittedAt().atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(row.firstContactDue()).isEqualTo(holidays.calendar().addBusinessDays(submittedOn, 1));
        assertThat(row.decisionDue()).isEqualTo(holidays.calendar().addBusinessDays(submittedOn, 7));
        assertThat(row.overdue()).isFalse();
        assertThat(row.assignee()).isNull();
    }

    @Test
    void queueIsSortedByDecisionDue() {
        fixtures.submitted("alice");
        fixtures.submitted("bob");

        List<QueuedApplication> rows = rows(navigate(ReviewQueueView.class));

        assertThat(rows).extracting(QueuedApplication::decisionDue).isSorted();
        assertThat(rows).extracting(QueuedApplication::submittedAt).isSorted();
    }

    @Test
    void claimingAssignsToTheReviewerAndTheMineFilterShowsIt() {
        var submitted = fixtures.submitted("bob");
        ReviewQueueView view = navigate(ReviewQueueView.class);
        test(view.mine).click();
        assertThat(rows(view)).noneMatch(r -> r.id().equals(submitted.id()));
        test(view.mine).click();

        test(view.grid).getCellComponent(indexOf(view, submitted), 7)
                .getChildren().filter(c -> c.hasClassName("queue-claim")).findFirst().map(c -> (com.vaadin.flow.component.button.Button) c)
                .ifPresent(claim -> test(claim).click());
        test(view.mine).click();

        assertThat(rowOf(view, submitted).assignee()).isEqualTo("rita");
    }

    @Test
    void aSecondClaimIsRefusedWithTheColleaguesName() {
        var submitted = fixtures.submitted("alice");
        reviewQueue.claim(fixtures.secondReviewer(), submitted.id());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviewQueue.claim(fixtures.actorOf("rita"), submitted.id()))
                .hasMessage("This application was already claimed by vera.");
        assertThat(rowOf(navigate(ReviewQueueView.class), submitted).assignee()).isEqualTo("vera");
    }

    @Test
    void overdueFilterLeavesOutFreshApplications() {
        var submitted = fixtures.submitted("alice");
        ReviewQueueView view = navigate(ReviewQueueView.class);

        test(view.overdueOnly).click();

        assertThat(rows(view)).noneMatch(r -> r.id().equals(submitted.id()));
    }

    @Test
    void typeFilterNarrowsToEv() {
        var submitted = fixtures.submitted("alice");
        ReviewQueueView view = navigate(ReviewQueueView.class);

        view.type.setValue(ValidationType.EV);

        assertThat(rows(view)).noneMatch(r -> r.id().equals(submitted.id())).allMatch(r -> r.type() == ValidationType.EV);
    }

    @Test
    void aRejectedAndResubmittedApplicationReturnsUnclaimedAndHistoryKeepsBothRounds() {
        var submitted = fixtures.submitted("alice");
        var rita = fixtures.actorOf("rita");
        reviewQueue.claim(rita, submitted.id());
        long version = certificates.findAnyById(submitted.id()).orElseThrow().version();
        decisions.reject(rita, submitted.id(), version, RejectionCause.ORGANIZATION_DATA_MISMATCH, "Registration number differs");
        var alice = fixtures.actorOf("alice");
        var application = certificates.findAnyById(submitted.id()).orElseThrow().application().orElseThrow();

        submit.resubmit(new SubmitApplication.Command(alice, submitted.id(), application));

        QueuedApplication row = rowOf(navigate(ReviewQueueView.class), submitted);
        assertThat(row.assignee()).as("a claim belongs to its round").isNull();
        assertThat(row.contacted()).isFalse();
        var certificate = certificates.findAnyById(submitted.id()).orElseThrow();
        assertThat(certificate.round()).isEqualTo(2);
        assertThat(certificate.history()).hasSize(1);
    }

    private List<QueuedApplication> rows(ReviewQueueView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private int indexOf(ReviewQueueView view, OvApplications.Submitted submitted) {
        List<QueuedApplication> rows = rows(view);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(submitted.id())) {
                return i;
            }
        }
        throw new AssertionError("Application " + submitted.id() + " is not in the queue");
    }

    private QueuedApplication rowOf(ReviewQueueView view, OvApplications.Submitted submitted) {
        return rows(view).get(indexOf(view, submitted));
    }
}
