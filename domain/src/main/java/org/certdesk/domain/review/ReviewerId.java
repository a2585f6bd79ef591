package org.certdesk.domain.review;

/** The CA staff member acting in a review. */
public record ReviewerId(long value) {

    public ReviewerId {
        if (value <= 0) {
            throw new IllegalArgumentException("A reviewer id is positive, got " + value);
        }
    }
}
