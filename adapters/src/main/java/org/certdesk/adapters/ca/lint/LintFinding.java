package org.certdesk.adapters.ca.lint;

/** One result of a lint check: an error refuses issuance, a notice is only logged. */
public record LintFinding(Severity severity, String message) {

    enum Severity { ERROR, NOTICE }

    static LintFinding error(String message) {
        return new LintFinding(Severity.ERROR, message);
    }

    static LintFinding notice(String message) {
        return new LintFinding(Severity.NOTICE, message);
    }
}
