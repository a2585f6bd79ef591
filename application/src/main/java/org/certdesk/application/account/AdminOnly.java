package org.certdesk.application.account;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;

/** Managing accounts is the CA admin's job alone (SPEC.md "Roles"). */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require(Actor actor) {
        if (actor.role() != Role.ADMIN || actor.account() == null) {
            throw new NotPermittedException(Refusal.of("permission.accounts"));
        }
    }
}
