package org.certdesk.application.review;

import org.certdesk.domain.certificate.ValidationType;

/** What the reviewer narrows the queue to: a type (null: OV and EV), only overdue ones, only their own claims. */
public record QueueFilter(ValidationType type, boolean overdueOnly, boolean assignedToMe) {

    public static QueueFilter everything() {
        return new QueueFilter(null, false, false);
    }
}
