package org.certdesk.adapters.ca.lint;

import java.util.Optional;

/** One small, composable pre-issuance check, like smallstep's validators and zlint's lints. */
@FunctionalInterface
interface LintCheck {

    Optional<LintFinding> check(LintInput input);
}
