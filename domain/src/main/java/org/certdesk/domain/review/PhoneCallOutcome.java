package org.certdesk.domain.review;

/** What a reviewer's call to the applicant came to (SPEC.md). */
public enum PhoneCallOutcome {
    ANSWERED("Answered"),
    NOT_ANSWERED("Not answered"),
    CONFIRMED("Confirmed"),
    REFUSED("Refused");

    private final String displayName;

    PhoneCallOutcome(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
