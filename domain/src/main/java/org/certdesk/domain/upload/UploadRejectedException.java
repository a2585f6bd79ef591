package org.certdesk.domain.upload;

import org.certdesk.domain.shared.DomainException;

/** An upload refused for a reason the customer can fix at one field of the form. */
public class UploadRejectedException extends DomainException {

    private final UploadProblem problem;

    public UploadRejectedException(UploadProblem problem) {
        super(problem.refusal());
        this.problem = problem;
    }

    public UploadProblem problem() {
        return problem;
    }
}
