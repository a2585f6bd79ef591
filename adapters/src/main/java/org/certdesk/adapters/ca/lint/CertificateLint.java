package org.certdesk.adapters.ca.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-issuance linting of the to-be-signed certificate (BR 4.3.1.2): every check runs, all
 * errors are reported together and refuse issuance; notices are logged and, with the checks
 * passed, returned for the CA to keep with the leaf.
 */
public final class CertificateLint {

    private static final Logger log = LoggerFactory.getLogger(CertificateLint.class);

    private final List<LintRule> rules;

    CertificateLint(List<LintRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static CertificateLint subscriberCertificate() {
        return new CertificateLint(LeafLints.all());
    }

    List<LintFinding> findings(LintInput input) {
        return results(input).values().stream().flatMap(Optional::stream).toList();
    }

    /** @return every check, in order, with the notice it gave (refuses when any check found an error) */
    public List<PassedCheck> requireClean(LintInput input) {
        Map<LintRule, Optional<LintFinding>> results = results(input);
        List<LintFinding> findings = results.values().stream().flatMap(Optional::stream).toList();
        findings.stream().filter(f -> f.severity() == LintFinding.Severity.NOTICE)
                .forEach(f -> log.info("Pre-issuance lint note: {}", f.message()));
        String errors = findings.stream().filter(f -> f.severity() == LintFinding.Severity.ERROR)
                .map(LintFinding::message).collect(Collectors.joining(" "));
        if (!errors.isEmpty()) {
            throw new DomainException(Refusal.of("lint.failed", new Refusal.Written(errors)));
        }
        return results.entrySet().stream().map(result -> new PassedCheck(result.getKey().name(), result.getKey().brSection(),
                result.getValue().map(LintFinding::message).orElse(null))).toList();
    }

    private Map<LintRule, Optional<LintFinding>> results(LintInput input) {
        Map<LintRule, Optional<LintFinding>> results = new LinkedHashMap<>();
        rules.forEach(rule -> results.put(rule, rule.check().check(input)));
        return results;
    }
}
