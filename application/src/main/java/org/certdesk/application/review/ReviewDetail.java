package org.certdesk.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.certdesk.application.progress.Progress;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.shared.Refusal;

/**
 * Everything a reviewer weighs for one application, side by side. approvalBlocker is the reason
 * approval would be refused for this reviewer now (ApprovalPolicy), or null when it may proceed.
 */
public record ReviewDetail(long version, ValidationType type, DisplayStatus displayStatus, boolean underReview,
                           Organization organization, EvDetails evDetails, Contact contact, List<String> names,
                           Progress progress, List<RegistrantCheck> registrants, Refusal govMismatch,
                           Instant emailSentAt, Instant emailConfirmedAt, List<ReviewEntry.PhoneCall> calls,
                           LocalDate firstContactDue, LocalDate decisionDue, String assignee, Refusal approvalBlocker) {

    /**
     * The Whois registrant of a name's registered domain. Only .gov names are looked up: they are
     * the ones the seed's rule compares with the organization, and every lookup is a network call.
     */
    public record RegistrantCheck(String name, boolean lookedUp, String registrant, Refusal problem) {
    }
}
