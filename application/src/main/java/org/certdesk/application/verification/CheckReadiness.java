package org.certdesk.application.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.Phrase;
import org.certdesk.application.progress.StoredSentences;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Use case: "Check readiness" in the Apply panel, and again on Submit. For each name of the
 * application it says, with a green / amber / red mark and the fix, what the checks after Submit
 * will find: whether CAA lets CertDesk issue (BR 3.2.2.8), the zone's DNSSEC state (BR 3.2.2.8.1),
 * whether the record or file is in place, whether earlier evidence of the tenant is reused
 * (BR 4.2.1), and the Whois registrant of a .gov OV name. Red means the checks would fail as
 * things stand; amber that something is still to do but may follow Submit.
 *
 * <p>The Random Value of the TXT record and the file is made at Submit, so before Submit those
 * methods are amber ("publish after Submit"); the persistent record (BR 3.2.2.4.22) names only the
 * CA and the account, so it is checked before Submit already. After Submit the same check looks
 * for the submitted round's exact values. All lookups run outside any transaction.
 */
public class CheckReadiness {

    public enum Mark {
        GREEN,
        AMBER,
        RED
    }

    public enum Topic {
        CAA,
        DNSSEC,
        RECORD,
        REUSE,
        WHOIS
    }

    /** One result: for the name, about the topic, its mark, what was found and (unless green) the fix. */
    public record Line(String name, Topic topic, Mark mark, Phrase finding, Optional<Phrase> fix) {
    }

    public record Readiness(List<Line> lines) {
        public Readiness {
            lines = List.copyOf(lines);
        }

        public boolean hasRed() {
            return lines.stream().anyMatch(l -> l.mark() == Mark.RED);
        }

        /**
         * Whether Submit should hold back once to show a red line: not for the .gov registrant,
         * which Submit itself refuses at the organization field, more precisely than a line can.
         */
        public boolean holdsSubmit() {
            return lines.stream().anyMatch(l -> l.mark() == Mark.RED && l.topic() != Topic.WHOIS);
        }

        public Mark overall() {
            return lines.stream().map(Line::mark).max(Enum::compareTo).orElse(Mark.GREEN);
        }
    }

    private final CertificateAccess access;
    private final Transactions transactions;
    private final DnsLookup dns;
    private final CaaCheck caaCheck;
    private final DomainVerificationCheck ownershipCheck;
    private final PersistentDcvIdentity persistentIdentity;
    private final AcmeAuthorizations acmeAuthorizations;
    private final GovRegistrantRule govRegistrantRule;
    private final Clock clock;

    public CheckReadiness(CertificateAccess access, Transactions transactions, DnsLookup dns, CaaCheck caaCheck,
                          DomainVerificationCheck ownershipCheck, PersistentDcvIdentity persistentIdentity,
                          AcmeAuthorizations acmeAuthorizations, GovRegistrantRule govRegistrantRule, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.dns = dns;
        this.caaCheck = caaCheck;
        this.ownershipCheck = ownershipCheck;
        this.persistentIdentity = persistentIdentity;
        this.acmeAuthorizations = acmeAuthorizations;
        this.govRegistrantRule = govRegistrantRule;
        this.clock = clock;
    }

    private record Snapshot(TenantId tenant, ValidationType type, List<DomainVerification> submitted,
                            List<ValidationEvidence> reusable) {
    }

    /** The exact persistent record a customer of this tenant publishes (known before Submit). */
    public String persistentRecord(Actor actor, boolean wildcard) {
        return persistentIdentity.recordValue(actor.requireCustomerTenant(), wildcard);
    }

    /**
     * @param application the application as filled in; null to check the submitted round (after Submit)
     */
    public Readiness check(Actor actor, CertificateId id, CertificateApplication application) {
        Instant now = clock.instant();
        Snapshot snapshot = transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            List<DomainVerification> submitted = application == null && certificate.status() == CertificateStatus.VERIFYING
                    ? certificate.verifications() : List.of();
            List<Identifier> names = application != null ? application.identifiers().asList()
                    : submitted.stream().map(DomainVerification::identifier).toList();
            // The same evidence Submit reuses: the tenant's ACME validations within BR 4.2.1's period.
            List<ValidationEvidence> reusable = names.stream()
                    .flatMap(n -> acmeAuthorizations.findReusable(certificate.tenant(), n, now).stream())
                    .flatMap((AcmeAuthorization a) -> a.evidence().stream()).filter(e -> e.isReusableAt(now)).toList();
            return new Snapshot(certificate.tenant(), certificate.product().type(), submitted, reusable);
        });
        List<Line> lines = new ArrayList<>();
        if (application != null) {
            for (Identifier identifier : application.identifiers().asList()) {
                VerificationMethod method = VerificationMethod.forIdentifier(identifier, application.verificationMethod());
                linesFor(identifier, snapshot, lines, () -> beforeSubmit(identifier, method, snapshot.tenant(), now));
            }
            whois(snapshot.type(), application, lines);
        } else {
            for (DomainVerification v : snapshot.submitted()) {
                linesFor(v.identifier(), snapshot, lines, () -> afterSubmit(v, snapshot.tenant(), now));
            }
        }
        return new Readiness(lines);
    }

    private void linesFor(Identifier identifier, Snapshot snapshot, List<Line> lines,
                          java.util.function.Supplier<Line> record) {
        if (identifier instanceof DomainName name) {
            lines.add(caa(name));
            lines.add(dnssec(name));
        }
        Optional<ValidationEvidence> earlier = snapshot.reusable().stream().filter(e -> e.identifier().equals(identifier))
                .findFirst();
        if (earlier.isPresent()) {
            lines.add(green(identifier, Topic.REUSE, Phrase.of("readiness.reuse", Phrase.of("method." + earlier.get().method().name()),
                    day(earlier.get().validatedAt()), day(earlier.get().reusableUntil()))));
        } else {
            lines.add(record.get());
        }
    }

    /** BR 3.2.2.8: red when the CAA set names other CAs only, with the record that lets us issue. */
    private Line caa(DomainName name) {
        Optional<String> refusal = caaCheck.refusalFor(name);
        if (refusal.isEmpty()) {
            return green(name, Topic.CAA, Phrase.of("readiness.caa.allowed", persistentIdentity.issuerDomain()));
        }
        if (refusal.get().equals(VerificationAttempt.TIMED_OUT)) {
            return new Line(name.display(), Topic.CAA, Mark.AMBER, Phrase.of("readiness.caa.timedOut"),
                    Optional.of(Phrase.of("readiness.fix.tryAgain")));
        }
        if (bogusSomewhereAbove(name, refusal.get())) {
            // BR 3.2.2.8.1: a CAA answer that fails DNSSEC is no permission; the fix is the zone's signatures.
            return new Line(name.display(), Topic.CAA, Mark.RED,
                    Phrase.of("readiness.caa.bogus", StoredSentences.checkMessage(refusal.get())),
                    Optional.of(Phrase.of("readiness.fix.dnssec")));
        }
        return new Line(name.display(), Topic.CAA, Mark.RED,
                Phrase.of("readiness.caa.forbidden", StoredSentences.checkMessage(refusal.get())),
                Optional.of(Phrase.of("readiness.fix.caa", caaNode(name), persistentIdentity.issuerDomain())));
    }

    private static boolean bogusSomewhereAbove(DomainName name, String refusal) {
        for (String node = name.baseDomain().ascii(); ; node = node.substring(node.indexOf('.') + 1)) {
            if (refusal.equals(VerificationAttempt.dnssecBogus(node))) {
                return true;
            }
            if (!node.contains(".")) {
                return false;
            }
        }
    }

    /** Where the relevant CAA set lives (RFC 8659 3: the closest node that has one): the record goes beside it. */
    private String caaNode(DomainName name) {
        for (String node = name.baseDomain().ascii(); node.contains("."); node = node.substring(node.indexOf('.') + 1)) {
            if (dns.caa(node) instanceof DnsAnswer.Records r && !r.values().isEmpty()) {
                return node;
            }
        }
        return name.baseDomain().ascii();
    }

    /** BR 3.2.2.8.1: a bogus answer is never permission; an unsigned zone is allowed but worth knowing. */
    private Line dnssec(DomainName name) {
        DnsAnswer answer = dns.caa(name.baseDomain().ascii());
        DnsLookup.Dnssec state = switch (answer) {
            case DnsAnswer.Records r -> r.dnssec();
            case DnsAnswer.NoRecords n -> n.dnssec();
            case DnsAnswer.TimedOut t -> null;
            case DnsAnswer.Bogus b -> null;
        };
        if (answer instanceof DnsAnswer.Bogus bogus) {
            return new Line(name.display(), Topic.DNSSEC, Mark.RED, Phrase.of("readiness.dnssec.bogus", bogus.reason()),
                    Optional.of(Phrase.of("readiness.fix.dnssec")));
        }
        if (state == null) {
            return new Line(name.display(), Topic.DNSSEC, Mark.AMBER, Phrase.of("readiness.dnssec.timedOut"),
                    Optional.of(Phrase.of("readiness.fix.tryAgain")));
        }
        return switch (state) {
            case SECURE -> green(name, Topic.DNSSEC, Phrase.of("readiness.dnssec.secure"));
            case INSECURE -> new Line(name.display(), Topic.DNSSEC, Mark.AMBER, Phrase.of("readiness.dnssec.insecure"),
                    Optional.of(Phrase.of("readiness.fix.signZone")));
            case NOT_VALIDATED -> new Line(name.display(), Topic.DNSSEC, Mark.AMBER, Phrase.of("readiness.dnssec.notValidated"),
                    Optional.empty());
        };
    }

    private Line beforeSubmit(Identifier identifier, VerificationMethod method, TenantId tenant, Instant now) {
        if (method == VerificationMethod.DNS_PERSIST) {
            return persistent(identifier, tenant, now);
        }
        // The Random Value is made at Submit: nothing to look for yet.
        return new Line(identifier.display(), Topic.RECORD, Mark.AMBER,
                Phrase.of(method == VerificationMethod.FILE ? "readiness.record.fileAfterSubmit" : "readiness.record.txtAfterSubmit"),
                Optional.of(Phrase.of("readiness.fix.publishAfterSubmit")));
    }

    private Line afterSubmit(DomainVerification v, TenantId tenant, Instant now) {
        if (v.isVerified()) {
            return green(v.identifier(), Topic.RECORD, Phrase.of("readiness.record.verified"));
        }
        if (v.method() == VerificationMethod.DNS_PERSIST) {
            return persistent(v.identifier(), tenant, now);
        }
        VerificationAttempt attempt = ownershipCheck.check(v, tenant, now);
        boolean file = v.method() == VerificationMethod.FILE;
        if (attempt.passed()) {
            return green(v.identifier(), Topic.RECORD, Phrase.of(file ? "readiness.record.fileInPlace" : "readiness.record.txtInPlace",
                    file ? v.fileUrl() : v.dnsRecordHost()));
        }
        return new Line(v.identifier().display(), Topic.RECORD, Mark.AMBER,
                notYet(attempt),
                Optional.of(file ? Phrase.of("readiness.fix.file", v.fileUrl(), v.token().value())
                        : Phrase.of("readiness.fix.txt", v.dnsRecordHost(), v.token().value())));
    }

    private Line persistent(Identifier identifier, TenantId tenant, Instant now) {
        VerificationAttempt attempt = ownershipCheck.checkPersistent(identifier, tenant, now);
        String host = PersistentDcvIdentity.host(identifier);
        if (attempt.passed()) {
            return green(identifier, Topic.RECORD, Phrase.of("readiness.record.persistInPlace", host));
        }
        boolean wildcard = identifier instanceof DomainName d && d.isWildcard();
        return new Line(identifier.display(), Topic.RECORD, Mark.AMBER,
                notYet(attempt),
                Optional.of(Phrase.of("readiness.fix.txt", host, persistentIdentity.recordValue(tenant, wildcard))));
    }

    /** What the check found, in the reader's language: CertDesk's own sentences translate, a record's values stay as found. */
    private static Phrase notYet(VerificationAttempt attempt) {
        return attempt.observed() == null
                ? Phrase.of("readiness.record.notYet", StoredSentences.checkMessage(attempt.message()))
                : Phrase.of("readiness.record.notYetFound", StoredSentences.checkMessage(attempt.message()),
                StoredSentences.observed(attempt.observed()));
    }

    /** The seed's .gov OV rule (Whois registrant = organization), which Submit enforces too. */
    private void whois(ValidationType type, CertificateApplication application, List<Line> lines) {
        boolean gov = application.identifiers().domainNames().stream().anyMatch(DomainName::isGov);
        if (type != ValidationType.OV || !gov || application.organization() == null) {
            return;
        }
        String govNames = String.join(", ", application.identifiers().domainNames().stream().filter(DomainName::isGov)
                .map(DomainName::display).toList());
        lines.add(govRegistrantRule.problemWith(type, application)
                .map(refusal -> new Line(govNames, Topic.WHOIS, Mark.RED, Phrase.of("readiness.whois.mismatch", refusal),
                        Optional.of(Phrase.of("readiness.fix.whois"))))
                .orElseGet(() -> new Line(govNames, Topic.WHOIS, Mark.GREEN, Phrase.of("readiness.whois.matches"), Optional.empty())));
    }

    private static String day(Instant instant) {
        return instant.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private static Line green(Identifier identifier, Topic topic, Phrase finding) {
        return new Line(identifier.display(), topic, Mark.GREEN, finding, Optional.empty());
    }
}
