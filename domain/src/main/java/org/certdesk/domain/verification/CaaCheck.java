package org.certdesk.domain.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;

/**
 * CAA before issuance (BR 3.2.2.8, RFC 8659): find the relevant record set by climbing from the
 * name towards the root, then decide whether this CA's issuer domain may issue. Wildcards use
 * issuewild when present, else issue. An unknown tag flagged critical forbids issuance. A lookup
 * that times out is not permission (BR 3.2.2.8: errors are not treated as permission).
 */
public final class CaaCheck {

    private static final Set<String> KNOWN_TAGS = Set.of("issue", "issuewild", "iodef", "contactemail", "contactphone",
            "issuemail", "issuevmc");

    private final DnsLookup dns;
    private final String issuerDomain;

    public CaaCheck(DnsLookup dns, String issuerDomain) {
        this.dns = dns;
        this.issuerDomain = issuerDomain.toLowerCase(Locale.ROOT);
    }

    /** The refusal message for console issuance, or empty when this CA may issue for the name. */
    public Optional<String> refusalFor(DomainName name) {
        return refusalFor(name, null, null);
    }

    /**
     * The refusal message, or empty when this CA may issue for the name to the requester: an
     * ACME account (its URI and the challenge type it validated with, RFC 8657), or the console
     * (both null).
     */
    public Optional<String> refusalFor(DomainName name, String accountUri, String methodLabel) {
        String base = name.baseDomain().ascii();
        List<CaaRecord> records = null;
        for (String node = base; node != null; node = parent(node)) {
            DnsAnswer answer = dns.caa(node);
            if (answer instanceof DnsAnswer.TimedOut) {
                return Optional.of(VerificationAttempt.TIMED_OUT);
            }
            if (answer instanceof DnsAnswer.Bogus) {
                return Optional.of(VerificationAttempt.dnssecBogus(node)); // BR 3.2.2.8.1: not permission
            }
            if (answer instanceof DnsAnswer.Records r && !r.values().isEmpty()) {
                records = r.values().stream().map(CaaRecord::parse).flatMap(Optional::stream).toList();
                break;
            }
        }
        if (records == null || records.isEmpty()) {
            return Optional.empty(); // no CAA anywhere: any CA may issue
        }
        if (records.stream().anyMatch(r -> r.isCritical() && !KNOWN_TAGS.contains(r.tag()))
                || !permits(records, name.isWildcard(), accountUri, methodLabel)) {
            return Optional.of(VerificationAttempt.caaRefusal(name.display(),
                    records.stream().map(CaaRecord::toString).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }

    private boolean permits(List<CaaRecord> records, boolean wildcard, String accountUri, String methodLabel) {
        List<CaaRecord> relevant = new ArrayList<>();
        if (wildcard) {
            records.stream().filter(r -> r.tag().equals("issuewild")).forEach(relevant::add);
        }
        if (relevant.isEmpty()) {
            records.stream().filter(r -> r.tag().equals("issue")).forEach(relevant::add);
        }
        if (relevant.isEmpty()) {
            return true; // only iodef and the like: no restriction on issuers
        }
        return relevant.stream().anyMatch(r -> r.issuerDomain().equals(issuerDomain) && r.permitsRequester(accountUri, methodLabel));
    }

    private static String parent(String node) {
        int dot = node.indexOf('.');
        return dot < 0 ? null : node.substring(dot + 1);
    }
}
