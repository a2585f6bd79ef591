package org.certdesk.domain.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RDATA of a Persistent DCV TXT Record (BR 3.2.2.4.22), e.g.
 * {@code certdesk.test; accounturi=https://console.example/accounts/7; persistUntil=1782424856}: an
 * RFC 8659 4.2 {@code issue-value} naming the issuer domain, the applicant's account and optionally
 * how long it persists and whether it covers wildcards ({@code policy=wildcard}).
 *
 * @param persistUntil empty when the record carries no time limit
 */
public record PersistentDcvRecord(String issuerDomain, Map<String, String> parameters, Optional<Instant> persistUntil) {

    /** RFC 8659 4.2: issuer-domain-name, then ";"-separated tag=value pairs; values are %x21-3A / %x3C-7E. */
    private static final Pattern ISSUER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern PARAMETER = Pattern.compile("([A-Za-z0-9](?:-*[A-Za-z0-9])*)[ \\t]*=[ \\t]*([\\x21-\\x3A\\x3C-\\x7E]*)");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

    public PersistentDcvRecord {
        parameters = Map.copyOf(parameters);
    }

    /** The record as read from DNS, or empty when it is not a well-formed issue-value or its persistUntil is no timestamp. */
    public static Optional<PersistentDcvRecord> parse(String rdata) {
        if (rdata == null) {
            return Optional.empty();
        }
        String[] parts = rdata.strip().split(";", -1);
        String issuer = parts[0].strip();
        if (!ISSUER.matcher(issuer).matches()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() && i == parts.length - 1) {
                break; // a trailing ";" is allowed by the grammar
            }
            Matcher m = PARAMETER.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            // Tags compare without case (RFC 8659 4.2): persistUntil and persistuntil are the same key.
            parameters.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        String until = parameters.get("persistuntil");
        Optional<Instant> persistUntil = Optional.empty();
        if (until != null) {
            // BR 3.2.2.4.22 (4): a base-10 UNIX timestamp; anything else makes the record unusable.
            if (!TIMESTAMP.matcher(until).matches()) {
                return Optional.empty();
            }
            persistUntil = Optional.of(Instant.ofEpochSecond(Long.parseLong(until)));
        }
        return Optional.of(new PersistentDcvRecord(issuer.toLowerCase(Locale.ROOT), parameters, persistUntil));
    }

    public Optional<String> accountUri() {
        return Optional.ofNullable(parameters.get("accounturi"));
    }

    /** Whether the record also covers wildcard names ({@code policy=wildcard}, draft-ietf-acme-dns-persist). */
    public boolean allowsWildcard() {
        return "wildcard".equalsIgnoreCase(parameters.getOrDefault("policy", ""));
    }

    /**
     * Why this record does not prove control of a name for this CA and account at this time, or
     * empty when it does (BR 3.2.2.4.22 (2), (3) and the persistUntil rule).
     */
    public Optional<String> problemFor(PersistentDcvIdentity identity, String accountUri, boolean wildcard, Instant at) {
        if (!issuerDomain.equals(identity.issuerDomain())) {
            return Optional.of("names another CA (" + issuerDomain + ")");
        }
        if (accountUri().isEmpty()) {
            return Optional.of("has no accounturi");
        }
        if (!accountUri().get().equals(accountUri)) {
            return Optional.of("names another account (" + accountUri().get() + ")");
        }
        if (persistUntil.isPresent() && at.isAfter(persistUntil.get())) {
            return Optional.of("expired at " + persistUntil.get() + " (persistUntil)");
        }
        if (wildcard && !allowsWildcard()) {
            return Optional.of("does not cover wildcard names (add policy=wildcard)");
        }
        return Optional.empty();
    }

    /**
     * The verdict over the TXT set at {@code _validation-persist.<name>}: the first value that proves
     * control for this CA and account, or, when none does, why each one does not. Records for
     * other CAs may sit beside it and are ignored (BR 3.2.2.4.22).
     */
    public static Verdict judge(List<String> values, PersistentDcvIdentity identity, String accountUri, boolean wildcard,
                                Instant at) {
        List<String> problems = new ArrayList<>();
        for (String value : values) {
            Optional<PersistentDcvRecord> parsed = parse(value);
            if (parsed.isEmpty()) {
                problems.add("\"" + value + "\" is not a persistent validation record");
                continue;
            }
            Optional<String> problem = parsed.get().problemFor(identity, accountUri, wildcard, at);
            if (problem.isEmpty()) {
                return new Verdict(Optional.of(value), List.of());
            }
            problems.add("\"" + value + "\" " + problem.get());
        }
        return new Verdict(Optional.empty(), problems);
    }

    /** @param passing the record value that proves control; empty with the problems of every value otherwise */
    public record Verdict(Optional<String> passing, List<String> problems) {

        public Verdict {
            problems = List.copyOf(problems);
        }
    }
}
