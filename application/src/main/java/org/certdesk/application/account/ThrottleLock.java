package org.certdesk.application.account;

import java.time.Instant;

/** A key that may not try again before {@code until}, as the admin sees it. */
public record ThrottleLock(ThrottleKey key, Instant until) {
}
