package org.certdesk.domain.verification;

import java.time.Instant;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/** Runs one check of one name through the ports and words the result as SPEC.md does. */
public final class DomainVerificationCheck {

    private final DnsLookup dns;
    private final WebsiteFileFetcher files;

    public DomainVerificationCheck(DnsLookup dns, WebsiteFileFetcher files) {
        this.dns = dns;
        this.files = files;
    }

    public VerificationAttempt check(DomainVerification verification, Instant now) {
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

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
