package org.certdesk.domain.acme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.PersistentDcvRecord;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/**
 * Performs one ACME challenge through the same ports the console's checks use: http-01
 * (RFC 8555 8.3, BR 3.2.2.4.19), dns-01 (RFC 8555 8.4, BR 3.2.2.4.7), tls-alpn-01 (RFC 8737,
 * BR 3.2.2.4.20) and dns-persist-01 (draft-ietf-acme-dns-persist, BR 3.2.2.4.22). The result is an attempt as the console records it, plus the RFC 8555 error
 * type a failure is reported with.
 */
public final class AcmeChallengeCheck {

    private final DnsLookup dns;
    private final Http01Fetcher files;
    private final TlsAlpnProbe tls;
    private final int httpPort;
    private final int tlsPort;
    private final PersistentDcvIdentity persistentIdentity;

    public AcmeChallengeCheck(DnsLookup dns, Http01Fetcher files, TlsAlpnProbe tls, int httpPort, int tlsPort) {
        this(dns, files, tls, httpPort, tlsPort, PersistentDcvIdentity.embeddedDefault());
    }

    /** @param persistentIdentity the issuer domain a dns-persist-01 record must name (the CAA identity) */
    public AcmeChallengeCheck(DnsLookup dns, Http01Fetcher files, TlsAlpnProbe tls, int httpPort, int tlsPort,
                              PersistentDcvIdentity persistentIdentity) {
        this.dns = dns;
        this.files = files;
        this.tls = tls;
        this.httpPort = httpPort;
        this.tlsPort = tlsPort;
        this.persistentIdentity = persistentIdentity;
    }

    public record Outcome(VerificationAttempt attempt, AcmeProblemType failure) {
    }

    public Outcome check(ChallengeType type, Identifier identifier, String keyAuthorization, Instant now) {
        return check(type, identifier, keyAuthorization, null, now);
    }

    /** @param accountUri the ACME account's URL, which a dns-persist-01 record must name; null when unknown */
    public Outcome check(ChallengeType type, Identifier identifier, String keyAuthorization, String accountUri, Instant now) {
        return switch (type) {
            case HTTP_01 -> http01(files, httpPort, identifier, keyAuthorization, now);
            case DNS_01 -> dns01(dns, identifier, keyAuthorization, now);
            case TLS_ALPN_01 -> tlsAlpn01(tls, tlsPort, identifier, keyAuthorization, now);
            case DNS_PERSIST_01 -> dnsPersist01(dns, persistentIdentity, identifier, accountUri, now);
        };
    }

    /** base64url(SHA-256(key authorization)) without padding: the dns-01 TXT value (RFC 8555 8.4). */
    public static String dnsDigest(String keyAuthorization) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(keyAuthorization));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /**
     * The http-01 check through the given fetcher: the primary's, or a remote perspective's when
     * the primary's pass is corroborated (BR 3.2.2.9), so both judge the response alike.
     */
    public static Outcome http01(Http01Fetcher files, int httpPort, Identifier identifier, String keyAuthorization, Instant now) {
        String token = keyAuthorization.substring(0, keyAuthorization.indexOf('.'));
        String host = identifier.value().contains(":") ? "[" + identifier.value() + "]" : identifier.value();
        String url = "http://" + host + (httpPort == 80 ? "" : ":" + httpPort) + "/.well-known/acme-challenge/" + token;
        FileFetch fetch = files.fetch(identifier.value(), httpPort, "/.well-known/acme-challenge/" + token);
        return switch (fetch) {
            case FileFetch.TimedOut t -> failed(now, AcmeProblemType.CONNECTION, "Fetching " + url + " timed out.", null);
            case FileFetch.NotFound n -> failed(now, AcmeProblemType.UNAUTHORIZED, "No key authorization at " + url + ".",
                    n.detail());
            // RFC 8555 8.3: the body is the key authorization, trailing whitespace allowed
            case FileFetch.Content c -> c.body() != null && c.body().strip().equals(keyAuthorization)
                    ? passed(now, url + " returned the key authorization")
                    : failed(now, AcmeProblemType.INCORRECT_RESPONSE, "The response at " + url
                    + " is not the key authorization.", abbreviate(c.body()));
        };
    }

    /**
     * The dns-01 check over the given resolver: the primary's, or a remote perspective's when
     * the primary's pass is corroborated (BR 3.2.2.9), so both judge the TXT set alike.
     */
    public static Outcome dns01(DnsLookup dns, Identifier identifier, String keyAuthorization, Instant now) {
        if (!(identifier instanceof DomainName name)) {
            return failed(now, AcmeProblemType.MALFORMED, "dns-01 validates domain names only.", null);
        }
        String host = "_acme-challenge." + name.baseDomain().ascii();
        String expected = dnsDigest(keyAuthorization);
        DnsAnswer answer = dns.txt(host);
        return switch (answer) {
            case DnsAnswer.TimedOut t -> failed(now, AcmeProblemType.DNS, "The DNS query for TXT " + host + " timed out.", null);
            case DnsAnswer.NoRecords n -> failed(now, AcmeProblemType.UNAUTHORIZED, "No TXT record found at " + host + ".", null);
            case DnsAnswer.Bogus b -> failed(now, AcmeProblemType.DNS, "DNSSEC validation of TXT " + host + " failed: " + b.reason(), null);
            case DnsAnswer.Records r -> r.values().stream().anyMatch(v -> v.strip().equals(expected))
                    ? passed(now, "TXT " + host + " = " + expected)
                    : failed(now, AcmeProblemType.INCORRECT_RESPONSE, "The TXT records at " + host
                    + " do not hold the key authorization digest.", String.join(", ", r.values()));
        };
    }

    /**
     * The dns-persist-01 check (draft-ietf-acme-dns-persist, BR 3.2.2.4.22) over the given
     * resolver, the primary's or a remote perspective's: some TXT record at
     * {@code _validation-persist.<name>} names this CA's issuer domain and the ACME account's URL,
     * has not passed its persistUntil and, for a wildcard, says policy=wildcard. No Random Value:
     * the record persists, so the evidence may be reused for 10 days only (BR 3.2.2.4.22).
     */
    public static Outcome dnsPersist01(DnsLookup dns, PersistentDcvIdentity identity, Identifier identifier, String accountUri,
                                       Instant now) {
        if (!(identifier instanceof DomainName name)) {
            return failed(now, AcmeProblemType.MALFORMED, "dns-persist-01 validates domain names only.", null);
        }
        if (accountUri == null) {
            return failed(now, AcmeProblemType.SERVER_INTERNAL, "The account URL to look for is unknown; answer the challenge again.",
                    null);
        }
        String host = PersistentDcvIdentity.host(identifier);
        DnsAnswer answer = dns.txt(host);
        return switch (answer) {
            case DnsAnswer.TimedOut t -> failed(now, AcmeProblemType.DNS, "The DNS query for TXT " + host + " timed out.", null);
            case DnsAnswer.NoRecords n -> failed(now, AcmeProblemType.UNAUTHORIZED, "No TXT record found at " + host
                    + "; publish \"" + identity.issuerDomain() + "; accounturi=" + accountUri
                    + (name.isWildcard() ? "; policy=wildcard" : "") + "\".", null);
            case DnsAnswer.Bogus b -> failed(now, AcmeProblemType.DNS, "DNSSEC validation of TXT " + host + " failed: " + b.reason(), null);
            case DnsAnswer.Records r -> {
                PersistentDcvRecord.Verdict verdict = PersistentDcvRecord.judge(r.values(), identity, accountUri, name.isWildcard(), now);
                yield verdict.passing().map(value -> passed(now, "TXT " + host + " = " + value))
                        // unauthorized: the records are there, but none lets this CA issue to this account
                        .orElseGet(() -> failed(now, AcmeProblemType.UNAUTHORIZED, "No TXT record at " + host
                                + " authorizes " + identity.issuerDomain() + " for account " + accountUri + ": "
                                + String.join("; ", verdict.problems()) + ".", null));
            }
        };
    }

    /**
     * The tls-alpn-01 check through the given probe: the primary's, or a remote perspective's
     * when the primary's pass is corroborated (BR 3.2.2.9), so both judge the certificate alike.
     */
    public static Outcome tlsAlpn01(TlsAlpnProbe tls, int tlsPort, Identifier identifier, String keyAuthorization, Instant now) {
        String host = identifier.value();
        TlsAlpnProbe.Presented presented = tls.probe(host, tlsPort, host);
        return switch (presented) {
            case TlsAlpnProbe.Presented.TimedOut t -> failed(now, AcmeProblemType.CONNECTION,
                    "The TLS connection to " + host + ":" + tlsPort + " timed out.", null);
            case TlsAlpnProbe.Presented.Failed f -> failed(now, AcmeProblemType.CONNECTION,
                    "No acme-tls/1 handshake with " + host + ":" + tlsPort + ".", f.detail());
            case TlsAlpnProbe.Presented.Certificate c -> {
                // RFC 8737 3: exactly one dNSName, the one being validated, and the digest in a critical extension
                if (c.dnsNames().size() != 1 || !c.dnsNames().get(0).equalsIgnoreCase(host)) {
                    yield failed(now, AcmeProblemType.INCORRECT_RESPONSE,
                            "The validation certificate must name exactly " + host + ".", String.join(", ", c.dnsNames()));
                }
                if (c.acmeIdentifierDigest() == null
                        || !MessageDigest.isEqual(c.acmeIdentifierDigest(), sha256(keyAuthorization))) {
                    yield failed(now, AcmeProblemType.INCORRECT_RESPONSE,
                            "The validation certificate lacks the critical acmeIdentifier extension with the key authorization digest.",
                            null);
                }
                yield passed(now, "acme-tls/1 certificate for " + host + " holds the key authorization digest");
            }
        };
    }

    private static Outcome passed(Instant now, String observed) {
        return new Outcome(VerificationAttempt.passed(now, observed), null);
    }

    private static Outcome failed(Instant now, AcmeProblemType type, String message, String observed) {
        return new Outcome(VerificationAttempt.failed(now, message, observed), type);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
