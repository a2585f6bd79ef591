package org.certdesk.adapters.ca.lint;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-issuance linting of the to-be-signed certificate (BR 4.3.1.2): every check runs, all
 * errors are reported together and refuse issuance; notices are logged only.
 */
public final class CertificateLint {

    private static final Logger log = LoggerFactory.getLogger(CertificateLint.class);

    private final List<LintCheck> checks;

    CertificateLint(List<LintCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static CertificateLint subscriberCertificate() {
        return new CertificateLint(LeafLints.all());
    }

    List<LintFinding> findings(LintInput input) {
        return checks.stream().map(check -> check.check(input)).flatMap(Optional::stream).toList();
    }

    public void requireClean(LintInput input) {
        List<LintFinding> findings = findings(input);
        findings.stream().filter(f -> f.severity() == LintFinding.Severity.NOTICE)
                .forEach(f -> log.info("Pre-issuance lint note: {}", f.message()));
        String errors = findings.stream().filter(f -> f.severity() == LintFinding.Severity.ERROR)
                .map(LintFinding::message).collect(Collectors.joining(" "));
        if (!errors.isEmpty()) {
            throw new DomainException(Refusal.of("lint.failed", new Refusal.Written(errors)));
        }
    }
}
