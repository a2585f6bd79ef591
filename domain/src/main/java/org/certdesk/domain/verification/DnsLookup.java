package org.certdesk.domain.verification;

import java.util.List;
import java.util.Objects;

/** Port: DNS queries the CA needs, through the configured resolver. */
public interface DnsLookup {

    DnsAnswer txt(String name);

    /** CAA records at exactly this name (the caller climbs the tree, RFC 8659 section 3). */
    DnsAnswer caa(String name);

    /** The IPv4 and IPv6 addresses (A and AAAA) of a name, as literals: where the CA connects for http-01 and tls-alpn-01. */
    DnsAnswer addresses(String name);

    /**
     * What DNSSEC said about an answer (BR 3.2.2.4, 3.2.2.8.1): signed and validated to the trust
     * anchor, provably unsigned, or not validated at all (a resolver that does not validate).
     */
    enum Dnssec {
        SECURE,
        INSECURE,
        NOT_VALIDATED
    }

    sealed interface DnsAnswer {
        record Records(List<String> values, Dnssec dnssec) implements DnsAnswer {
            public Records {
                values = List.copyOf(values);
                Objects.requireNonNull(dnssec);
            }

            public Records(List<String> values) {
                this(values, Dnssec.NOT_VALIDATED);
            }
        }

        record NoRecords(Dnssec dnssec) implements DnsAnswer {
            public NoRecords {
                Objects.requireNonNull(dnssec);
            }

            public NoRecords() {
                this(Dnssec.NOT_VALIDATED);
            }
        }

        record TimedOut() implements DnsAnswer {
        }

        /**
         * DNSSEC validation failed (a bad signature, a missing one in a signed zone, SERVFAIL from
         * a validating resolver): never permission to issue (BR 3.2.2.8.1), never evidence.
         */
        record Bogus(String reason) implements DnsAnswer {
            public Bogus {
                Objects.requireNonNull(reason);
            }
        }
    }
}
