package org.certdesk.application.acme;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.acme.AcmeAccount;

/** Who an ACME account acts as: a customer of its tenant, named after the account in the audit log. */
final class AcmeActors {

    private AcmeActors() {
    }

    static Actor of(AcmeAccount account) {
        return Actor.customer(null, "acme-account-" + account.id().value(), account.tenant());
    }
}
