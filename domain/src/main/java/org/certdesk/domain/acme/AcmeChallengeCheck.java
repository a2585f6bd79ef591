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
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/**
 * Performs one ACME challenge through the same ports the console's checks use: http-01
 * (RFC 8555 8.3, BR 3.2.2.4.19), dns-01 (RFC 8555 8.4, BR 3.2.2.4.7) and tls-alpn-01 (RFC 8737,
 * BR 3.2.2.4.20). The result is an attempt as the console records it, plus the RFC 8555 error
 * type a failure is reported with.
 */
public final class AcmeChallengeCheck {

    private final DnsLookup dns;
    private final Http01Fetcher files;
    private final TlsAlpnProbe tls;
    private final int httpPort;
    private final int tlsPort;

    public AcmeChallengeCheck(DnsLookup dns, Http01Fetcher files, TlsAlpnProbe tls, int httpPort, int tlsPort) {
        this.dns = dns;
        this.files = files;
        this.tls = tls;
        this.httpPort = httpPort;
        this.tlsPort = tlsPort;
    }

    public record Outcome(VerificationAttempt attempt, AcmeProblemType failure) {
    }

    public Outcome check(ChallengeType type, Identifier identifier, String keyAuthorization, Instant now) {
        return switch (type) {
            case HTTP_01 -> http01(files, httpPort, identifier, keyAuthorization, now);
            case DNS_01 -> dns01(dns, identifier, keyAuthorization, now);
            case TLS_ALPN_01 -> tlsAlpn01(tls, tlsPort, identifier, keyAuthorization, now);
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
