package org.certdesk.domain.review;

/** The causes a reviewer picks from; the customer reads the text with the reviewer's note after it. */
public enum RejectionCause {
    ORGANIZATION_NOT_VERIFIED("The organization could not be verified in an official register"),
    ORGANIZATION_DATA_MISMATCH("The organization data do not match the official records"),
    REGISTRANT_MISMATCH("The domain registrant does not match the organization"),
    APPLICANT_NOT_REACHED("The applicant could not be reached by phone or email"),
    APPLICANT_REFUSED("The applicant did not confirm the request"),
    OTHER("Other");

    private final String text;

    RejectionCause(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
