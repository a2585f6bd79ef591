package org.certdesk.application.account;

import org.certdesk.domain.shared.DomainException;

/** An account form was refused because of one field; the view shows the problem at that field. */
public class InvalidAccountInput extends DomainException {

    private final transient AccountProblem problem;

    public InvalidAccountInput(AccountProblem problem) {
        super(problem.refusal());
        this.problem = problem;
    }

    public AccountProblem problem() {
        return problem;
    }
}
