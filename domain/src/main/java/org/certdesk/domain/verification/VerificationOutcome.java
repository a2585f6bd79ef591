package org.certdesk.domain.verification;

public enum VerificationOutcome {
    PASSED,
    FAILED
}
