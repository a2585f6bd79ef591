package org.certdesk.application.demo;

import org.certdesk.domain.account.Role;

/** A demo sign-in, printed on start-up so a newcomer can try every role. */
public record DemoAccount(String username, String password, Role role, String tenant) {
}
