package org.certdesk.application.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.certdesk.domain.review.RejectionCause;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * The sentences CertDesk stores in English with a certificate (a check's message and what it
 * found, a rejection's cause), read back as translatable {@link Phrase}s. They are fixed texts
 * of the domain, so old and new rows translate alike without a schema change; a text CertDesk
 * did not write from these (a reviewer's note, an ACME server's RFC 8555 problem detail) stays
 * as written.
 */
public final class StoredSentences {

    private static final Pattern CAA = Pattern.compile("CAA records for (.+) do not authorize this CA \\(found: (.*)\\)");
    private static final Pattern DNSSEC = Pattern.compile("DNSSEC validation failed for (.+)\\. Check the zone's signatures and DS record\\.");
    // CorroborationRefusals' three sentences (BR 3.2.2.9).
    private static final Pattern FEW_PERSPECTIVES = Pattern.compile(
            "Only (\\d+) remote perspectives? (?:is|are) configured; at least (\\d+) are required on (\\S+) \\(BR 3\\.2\\.2\\.9\\)\\.");
    private static final Pattern NOT_CORROBORATED = Pattern.compile(
            "Not corroborated by (\\d+) of (\\d+) remote perspectives \\((.*)\\); at most (\\d+) allowed \\(BR 3\\.2\\.2\\.9\\)\\.");
    private static final Pattern FEW_REGIONS = Pattern.compile(
            "The corroborating remote perspectives lie in (\\d+) RIR regions?(?: \\((.*)\\))?; at least (\\d+) are required \\(BR 3\\.2\\.2\\.9\\)\\.");
    private static final Pattern FILE_FOUND = Pattern.compile("(.+) contains the token");
    // PersistentDcvRecord's verdict on each value at _validation-persist (BR 3.2.2.4.22), joined by "; ".
    private static final Pattern PERSIST_PROBLEM = Pattern.compile("\"(.*)\" (?:names another CA \\((?<ca>.*)\\)|(?<noAccount>has no accounturi)"
            + "|names another account \\((?<account>.*)\\)|expired at (?<expired>\\S+) \\(persistUntil\\)"
            + "|(?<wildcard>does not cover wildcard names \\(add policy=wildcard\\))|(?<notRecord>is not a persistent validation record))");
    private static final Pattern PERSIST_PROBLEMS_SEPARATOR = Pattern.compile("; (?=\")");

    private StoredSentences() {
    }

    /** A verification attempt's message; null stays null (a name not checked yet). */
    public static Phrase checkMessage(String message) {
        if (message == null) {
            return null;
        }
        Matcher caa = CAA.matcher(message);
        if (caa.matches()) {
            return Phrase.of("progress.check.caa", caa.group(1), caa.group(2));
        }
        Matcher dnssec = DNSSEC.matcher(message);
        if (dnssec.matches()) {
            return Phrase.of("progress.check.dnssecBogus", dnssec.group(1));
        }
        Matcher few = FEW_PERSPECTIVES.matcher(message);
        if (few.matches()) {
            return Phrase.of("progress.check.tooFewPerspectives", few.group(1), few.group(2), few.group(3));
        }
        Matcher dissent = NOT_CORROBORATED.matcher(message);
        if (dissent.matches()) {
            // What each perspective saw stays as it saw it, like a record's value.
            return Phrase.of("progress.check.notCorroborated", dissent.group(1), dissent.group(2), dissent.group(3),
                    dissent.group(4));
        }
        Matcher regions = FEW_REGIONS.matcher(message);
        if (regions.matches()) {
            return regions.group(2) == null ? Phrase.of("progress.check.noRegions", regions.group(3))
                    : Phrase.of("progress.check.tooFewRegions", regions.group(1), regions.group(2), regions.group(3));
        }
        return switch (message) {
            case VerificationAttempt.NO_DNS_RECORD -> Phrase.of("progress.check.noDnsRecord");
            case VerificationAttempt.DNS_MISMATCH -> Phrase.of("progress.check.dnsMismatch");
            case VerificationAttempt.TIMED_OUT -> Phrase.of("progress.check.timedOut");
            case VerificationAttempt.NO_FILE -> Phrase.of("progress.check.noFile");
            case VerificationAttempt.FILE_INVALID -> Phrase.of("progress.check.fileInvalid");
            case VerificationAttempt.PASSED_MESSAGE -> Phrase.of("progress.check.passed");
            default -> asWritten(message);
        };
    }

    /** What a check observed: a record's values or a URL's content stay as found; CertDesk's own words translate. Null stays null. */
    public static Phrase observed(String observed) {
        if (observed == null) {
            return null;
        }
        Matcher file = FILE_FOUND.matcher(observed);
        if (file.matches()) {
            return Phrase.of("progress.check.fileFound", file.group(1));
        }
        return persistProblems(observed).orElseGet(() -> asWritten(observed));
    }

    /** Why each persistent record found does not prove control, one phrase per value; empty unless every part is one. */
    private static Optional<Phrase> persistProblems(String observed) {
        Phrase joined = null;
        List<String> parts = List.of(PERSIST_PROBLEMS_SEPARATOR.split(observed));
        for (String part : parts.reversed()) {
            Matcher problem = PERSIST_PROBLEM.matcher(part);
            if (!problem.matches()) {
                return Optional.empty();
            }
            Phrase one = persistProblem(problem);
            joined = joined == null ? one : Phrase.of("progress.check.persist.list", one, joined);
        }
        return Optional.ofNullable(joined);
    }

    private static Phrase persistProblem(Matcher problem) {
        String value = problem.group(1);
        if (problem.group("ca") != null) {
            return Phrase.of("progress.check.persist.anotherCa", value, problem.group("ca"));
        }
        if (problem.group("account") != null) {
            return Phrase.of("progress.check.persist.anotherAccount", value, problem.group("account"));
        }
        if (problem.group("expired") != null) {
            return Phrase.of("progress.check.persist.expired", value, problem.group("expired"));
        }
        return Phrase.of(problem.group("noAccount") != null ? "progress.check.persist.noAccount"
                : problem.group("wildcard") != null ? "progress.check.persist.noWildcard" : "progress.check.persist.notRecord", value);
    }

    /** A rejection's cause: one a reviewer picked, with their note after it, or the 30-day limit's. Null stays null. */
    public static Phrase rejectionCause(String cause) {
        if (cause == null) {
            return null;
        }
        if (Certificate.OVERDUE_CAUSE.equals(cause)) {
            return Phrase.of("progress.cause.overdue");
        }
        Optional<RejectionCause> picked = Arrays.stream(RejectionCause.values())
                .filter(c -> cause.equals(c.text() + ".") || cause.startsWith(c.text() + ": ")).findFirst();
        return picked.map(c -> cause.equals(c.text() + ".")
                        ? Phrase.of("progress.cause.plain", Phrase.of("progress.cause." + c.name()))
                        : Phrase.of("progress.cause.withNote", Phrase.of("progress.cause." + c.name()),
                        cause.substring(c.text().length() + 2)))
                .orElseGet(() -> asWritten(cause));
    }

    private static Phrase asWritten(String text) {
        return Phrase.of("progress.asWritten", text);
    }
}
