package org.certdesk.application.admin;

import java.util.List;

import org.certdesk.application.port.CaPublication;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/** Use case: the CA admin's view of the hierarchy and the CRLs' last updates. */
public class ShowCaHierarchy {

    private final CaPublication publication;

    public ShowCaHierarchy(CaPublication publication) {
        this.publication = publication;
    }

    public List<CaPublication.Authority> authorities(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new NotPermittedException(Refusal.of("permission.caHierarchy"));
        }
        return publication.authorities();
    }
}
