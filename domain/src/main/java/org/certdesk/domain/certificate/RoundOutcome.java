package org.certdesk.domain.certificate;

/** How an application round ended. */
public enum RoundOutcome {
    CANCELLED,
    REJECTED,
    ISSUED
}
