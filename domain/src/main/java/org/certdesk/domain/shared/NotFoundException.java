package org.certdesk.domain.shared;

/** The record does not exist, or belongs to another tenant (which we do not reveal). */
public class NotFoundException extends DomainException {

    public NotFoundException(Refusal refusal) {
        super(refusal);
    }
}
