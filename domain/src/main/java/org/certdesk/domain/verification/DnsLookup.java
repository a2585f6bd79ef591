package org.certdesk.domain.verification;

import java.util.List;

/** Port: DNS queries the CA needs, through the configured resolver. */
public interface DnsLookup {

    DnsAnswer txt(String name);

    /** CAA records at exactly this name (the caller climbs the tree, RFC 8659 section 3). */
    DnsAnswer caa(String name);

    /** The IPv4 and IPv6 addresses (A and AAAA) of a name, as literals: where the CA connects for http-01 and tls-alpn-01. */
    DnsAnswer addresses(String name);

    sealed interface DnsAnswer {
        record Records(List<String> values) implements DnsAnswer {
            public Records {
                values = List.copyOf(values);
            }
        }

        record NoRecords() implements DnsAnswer {
        }

        record TimedOut() implements DnsAnswer {
        }
    }
}
