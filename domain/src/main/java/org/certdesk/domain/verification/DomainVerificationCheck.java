package org.certdesk.domain.verification;

import java.time.Instant;
import java.util.List;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/** Runs one check of one name through the ports and words the result as SPEC.md does. */
public final class DomainVerificationCheck {

    private final DnsLookup dns;
    private final WebsiteFileFetcher files;
    private final PersistentDcvIdentity persistentIdentity;

    public DomainVerificationCheck(DnsLookup dns, WebsiteFileFetcher files) {
        this(dns, files, PersistentDcvIdentity.embeddedDefault());
    }

    public DomainVerificationCheck(DnsLookup dns, WebsiteFileFetcher files, PersistentDcvIdentity persistentIdentity) {
        this.dns = dns;
        this.files = files;
        this.persistentIdentity = persistentIdentity;
    }

    /** A check without an account: a persistent record cannot name one, so that method fails. */
    public VerificationAttempt check(DomainVerification verification, Instant now) {
        return check(verification, null, now);
    }

    /** @param tenant the applicant, whose account URI a persistent record must name (BR 3.2.2.4.22 (3)) */
    public VerificationAttempt check(DomainVerification verification, TenantId tenant, Instant now) {
        if (verification.method() == VerificationMethod.DNS_PERSIST) {
            return checkPersistent(verification.identifier(), tenant, now);
        }
        String expected = verification.token().value();
        if (verification.method() == VerificationMethod.DNS_TXT) {
            DnsAnswer answer = dns.txt(verification.dnsRecordHost());
            return switch (answer) {
                case DnsAnswer.TimedOut t -> VerificationAttempt.failed(now, VerificationAttempt.TIMED_OUT, null);
                case DnsAnswer.NoRecords n -> VerificationAttempt.failed(now, VerificationAttempt.NO_DNS_RECORD, null);
                case DnsAnswer.Bogus b -> VerificationAttempt.failed(now, VerificationAttempt.dnssecBogus(verification.dnsRecordHost()), b.reason());
                case DnsAnswer.Records r -> r.values().stream().anyMatch(v -> v.strip().equals(expected))
                        ? VerificationAttempt.passed(now, "TXT " + verification.dnsRecordHost() + " = " + expected)
                        : VerificationAttempt.failed(now, VerificationAttempt.DNS_MISMATCH, String.join(", ", r.values()));
            };
        }
        FileFetch fetch = files.fetch(verification.fileUrl());
        return switch (fetch) {
            case FileFetch.TimedOut t -> VerificationAttempt.failed(now, VerificationAttempt.TIMED_OUT, null);
            case FileFetch.NotFound n -> VerificationAttempt.failed(now, VerificationAttempt.NO_FILE, n.detail());
            // BR 3.2.2.4.18: the file must contain the Random Value
            case FileFetch.Content c -> c.body() != null && c.body().contains(expected)
                    ? VerificationAttempt.passed(now, verification.fileUrl() + " contains the token")
                    : VerificationAttempt.failed(now, VerificationAttempt.FILE_INVALID, abbreviate(c.body()));
        };
    }

    /**
     * BR 3.2.2.4.22: some TXT record at _validation-persist.&lt;name&gt; names this CA and the
     * tenant's account, has not passed its persistUntil, and says policy=wildcard for a wildcard.
     * Records for other CAs may sit beside it and are ignored.
     */
    public VerificationAttempt checkPersistent(Identifier identifier, TenantId tenant, Instant now) {
        String host = PersistentDcvIdentity.host(identifier);
        String accountUri = tenant == null ? null : persistentIdentity.accountUri(tenant);
        boolean wildcard = identifier instanceof DomainName name && name.isWildcard();
        DnsAnswer answer = dns.txt(host);
        return switch (answer) {
            case DnsAnswer.TimedOut t -> VerificationAttempt.failed(now, VerificationAttempt.TIMED_OUT, null);
            case DnsAnswer.NoRecords n -> VerificationAttempt.failed(now, VerificationAttempt.NO_DNS_RECORD, null);
            case DnsAnswer.Bogus b -> VerificationAttempt.failed(now, VerificationAttempt.dnssecBogus(host), b.reason());
            case DnsAnswer.Records r -> persistentVerdict(host, r.values(), accountUri, wildcard, now);
        };
    }

    private VerificationAttempt persistentVerdict(String host, List<String> values, String accountUri, boolean wildcard,
                                                  Instant now) {
        PersistentDcvRecord.Verdict verdict = PersistentDcvRecord.judge(values, persistentIdentity, accountUri, wildcard, now);
        return verdict.passing().map(value -> VerificationAttempt.passed(now, "TXT " + host + " = " + value))
                .orElseGet(() -> VerificationAttempt.failed(now, VerificationAttempt.DNS_MISMATCH, String.join("; ", verdict.problems())));
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
