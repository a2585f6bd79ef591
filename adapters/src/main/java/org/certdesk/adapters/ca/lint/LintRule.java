package org.certdesk.adapters.ca.lint;

/**
 * A lint check with what a details page shows of it once passed: its name and the BR section it
 * enforces (empty for CertDesk's own rules).
 */
record LintRule(String name, String brSection, LintCheck check) {
}
