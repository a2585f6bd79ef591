package org.certdesk.application.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.ReviewAssignments;
import org.certdesk.application.port.ReviewAssignments.Assignment;
import org.certdesk.application.port.ReviewQueueQuery;
import org.certdesk.application.port.ReviewQueueQuery.Criteria;
import org.certdesk.application.port.ReviewQueueQuery.QueueRow;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.ExpectedDates;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: the reviewers' queue of OV/EV applications under verification (and DV ones held for
 * approval while DV auto-approval is off), across tenants, most urgent first, with the business-day deadlines; and claiming one, so colleagues see who
 * works on it. Staff only.
 */
public class ReviewQueue {

    private final ReviewQueueQuery queue;
    private final ReviewAssignments assignments;
    private final Certificates certificates;
    private final Holidays holidays;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewQueue(ReviewQueueQuery queue, ReviewAssignments assignments, Certificates certificates,
                       Holidays holidays, Transactions transactions, Clock clock) {
        this.queue = queue;
        this.assignments = assignments;
        this.certificates = certificates;
        this.holidays = holidays;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<QueuedApplication> page(Actor actor, QueueFilter filter, int offset, int limit) {
        DueDates dueDates = new DueDates(holidays.calendar());
        Criteria criteria = criteria(actor, filter, dueDates);
        LocalDate today = today();
        return transactions.inTransaction(() -> queue.page(criteria, offset, limit).stream()
                .map(row -> describe(row, today, dueDates)).flatMap(Optional::stream).toList());
    }

    public long count(Actor actor, QueueFilter filter) {
        Criteria criteria = criteria(actor, filter, new DueDates(holidays.calendar()));
        return transactions.inTransaction(() -> queue.count(criteria));
    }

    /** Assigns the application to the acting reviewer; refused when a colleague claimed it first. */
    public Assignment claim(Actor actor, CertificateId id) {
        AccountId reviewer = actor.requireReviewer();
        return transactions.inTransaction(() -> {
            Certificate certificate = certificates.findAnyById(id)
                    .orElseThrow(() -> new NotFoundException(Refusal.of("certificate.notFound", String.valueOf(id.value()))));
            if (certificate.status() != CertificateStatus.VERIFYING || !needsReviewer(certificate)) {
                throw new DomainException(Refusal.of("review.notClaimable"));
            }
            Assignment holder = assignments.claim(id, certificate.round(), reviewer, actor.username(), clock.instant());
            if (!holder.reviewer().equals(reviewer)) {
                throw new DomainException(Refusal.of("review.alreadyClaimed", holder.username()));
            }
            return holder;
        });
    }

    /** OV/EV always; DV once its names are verified (it then only waits for a reviewer when auto-approval is off). */
    private static boolean needsReviewer(Certificate certificate) {
        return certificate.product().type().validatesOrganization() || certificate.isDomainVerificationComplete();
    }

    private Criteria criteria(Actor actor, QueueFilter filter, DueDates dueDates) {
        actor.requireStaff();
        LocalDate today = today();
        Long assignedTo = null;
        if (filter.assignedToMe()) {
            assignedTo = actor.requireReviewer().value();
        }
        return new Criteria(filter.type(),
                filter.overdueOnly() ? dueDates.overdueBefore(DueDates.DECISION_DAYS, today) : null,
                filter.overdueOnly() ? dueDates.overdueBefore(DueDates.FIRST_CONTACT_DAYS, today) : null,
                filter.overdueOnly() ? dueDates.overdueBefore(DueDates.DV_DECISION_DAYS, today) : null,
                assignedTo);
    }

    private Optional<QueuedApplication> describe(QueueRow row, LocalDate today, DueDates dueDates) {
        return certificates.findAnyById(row.id()).flatMap(certificate -> certificate.application().map(application -> {
            ExpectedDates dates = dueDates.of(certificate.product().type(), row.submittedAt());
            return new QueuedApplication(row.id(), certificate.product().type(), organizationOf(application),
                    application.identifiers().asList().stream().map(i -> i.display()).toList(), row.submittedAt(),
                    dates.firstContactBy(), dates.issuedLatest(), row.contacted(),
                    dueDates.isOverdue(dates, row.contacted(), today), row.assignee());
        }));
    }

    private static String organizationOf(CertificateApplication application) {
        return application.organization() == null ? "" : application.organization().legalName();
    }

    private LocalDate today() {
        return DueDates.day(clock.instant());
    }
}
