package org.certdesk.adapters.perspective;

import java.util.List;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.DnsLookup.Dnssec;
import org.certdesk.domain.verification.TlsAlpnProbe.Presented;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the CA and a perspective agent say to each other, as JSON over HTTPS: a DNS question and
 * a file question, and ACME's http-01 and tls-alpn-01 questions, each answered with what the
 * agent saw, in the port's own terms.
 */
final class AgentProtocol {

    static final String DNS_PATH = "/dns";
    static final String FILE_PATH = "/file";
    static final String HTTP01_PATH = "/http-01";
    static final String TLS_ALPN01_PATH = "/tls-alpn-01";
    static final String HEALTH_PATH = "/health";

    /** A question is a name or a URL: anything longer is not one. */
    static final int MAX_REQUEST_BYTES = 8 * 1024;

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AgentProtocol() {
    }

    enum RecordType {
        TXT, CAA, ADDRESSES
    }

    record DnsQuestion(RecordType type, String name) {
    }

    record Http01Question(String host, int port, String path) {
    }

    record FileQuestion(String url) {
    }

    record TlsAlpn01Question(String host, int port, String serverName) {
    }

    record DnsReply(String kind, List<String> values, Dnssec dnssec, String reason) {

        static DnsReply of(DnsAnswer answer) {
            return switch (answer) {
                case DnsAnswer.Records r -> new DnsReply("records", r.values(), r.dnssec(), null);
                case DnsAnswer.NoRecords n -> new DnsReply("no-records", List.of(), n.dnssec(), null);
                case DnsAnswer.TimedOut t -> new DnsReply("timed-out", List.of(), null, null);
                case DnsAnswer.Bogus b -> new DnsReply("bogus", List.of(), null, b.reason());
            };
        }

        /** @throws IllegalArgumentException when the reply is not one the protocol knows */
        DnsAnswer answer() {
            return switch (String.valueOf(kind)) {
                case "records" -> new DnsAnswer.Records(values == null ? List.of() : values, required(dnssec));
                case "no-records" -> new DnsAnswer.NoRecords(required(dnssec));
                case "timed-out" -> new DnsAnswer.TimedOut();
                case "bogus" -> new DnsAnswer.Bogus(reason == null ? "" : reason);
                default -> throw new IllegalArgumentException("unknown DNS reply kind '" + kind + "'");
            };
        }

        private static Dnssec required(Dnssec dnssec) {
            if (dnssec == null) {
                throw new IllegalArgumentException("DNS reply without its DNSSEC state");
            }
            return dnssec;
        }
    }

    record FileReply(String kind, String body, String detail) {

        static FileReply of(FileFetch fetch) {
            return switch (fetch) {
                case FileFetch.Content c -> new FileReply("content", c.body(), null);
                case FileFetch.NotFound n -> new FileReply("not-found", null, n.detail());
                case FileFetch.TimedOut t -> new FileReply("timed-out", null, null);
            };
        }

        FileFetch fetch() {
            return switch (String.valueOf(kind)) {
                case "content" -> new FileFetch.Content(body == null ? "" : body);
                case "not-found" -> new FileFetch.NotFound(detail == null ? "" : detail);
                case "timed-out" -> new FileFetch.TimedOut();
                default -> throw new IllegalArgumentException("unknown file reply kind '" + kind + "'");
            };
        }
    }

    /** What the server presented to acme-tls/1; the acmeIdentifier digest travels as base64 (Jackson's byte[] form). */
    record TlsAlpnReply(String kind, List<String> dnsNames, byte[] acmeIdentifierDigest, String detail) {

        static TlsAlpnReply of(Presented presented) {
            return switch (presented) {
                case Presented.Certificate c -> new TlsAlpnReply("certificate", c.dnsNames(), c.acmeIdentifierDigest(), null);
                case Presented.Failed f -> new TlsAlpnReply("failed", null, null, f.detail());
                case Presented.TimedOut t -> new TlsAlpnReply("timed-out", null, null, null);
            };
        }

        /** @throws IllegalArgumentException when the reply is not one the protocol knows */
        Presented presented() {
            return switch (String.valueOf(kind)) {
                case "certificate" -> new Presented.Certificate(dnsNames == null ? List.of() : dnsNames, acmeIdentifierDigest);
                case "failed" -> new Presented.Failed(detail == null ? "" : detail);
                case "timed-out" -> new Presented.TimedOut();
                default -> throw new IllegalArgumentException("unknown tls-alpn-01 reply kind '" + kind + "'");
            };
        }
    }

    record HealthReply(String status, String agent) {
    }
}
