package org.certdesk.ui;

import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.springframework.stereotype.Component;

/** Test helper: a customer's own part of the demo zone, where names of their tenant belong. */
@Component
public class DemoNames {

    private final UserAccounts accounts;
    private final PublishToDemoZone publishToDemoZone;

    DemoNames(UserAccounts accounts, PublishToDemoZone publishToDemoZone) {
        this.accounts = accounts;
        this.publishToDemoZone = publishToDemoZone;
    }

    /** E.g. {@code acme-corporation.example.test} for alice. */
    public String partOf(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        return publishToDemoZone.demoNamesOf(Actor.customer(account.id(), username, account.tenantId())).orElseThrow();
    }
}
