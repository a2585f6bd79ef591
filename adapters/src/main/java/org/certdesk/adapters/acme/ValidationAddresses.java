package org.certdesk.adapters.acme;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import com.google.common.net.InetAddresses;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;

/**
 * Where the CA connects to validate a name: its A and AAAA records from the CA's own resolver,
 * never the operating system's (which knows neither the demo zone nor what the CA's checks saw).
 * An IP identifier is its own address.
 */
final class ValidationAddresses {

    private final DnsLookup dns;

    ValidationAddresses(DnsLookup dns) {
        this.dns = dns;
    }

    InetAddress[] of(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (InetAddresses.isInetAddress(bare)) {
            return new InetAddress[] {InetAddresses.forString(bare)};
        }
        DnsAnswer answer = dns.addresses(bare);
        if (!(answer instanceof DnsAnswer.Records records)) {
            throw new UnknownHostException(switch (answer) {
                case DnsAnswer.TimedOut t -> "the DNS lookup of " + bare + " timed out";
                case DnsAnswer.Bogus b -> "DNSSEC validation of " + bare + " failed: " + b.reason();
                default -> bare + " has no A or AAAA record";
            });
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : records.values()) {
            addresses.add(InetAddresses.forString(literal));
        }
        return addresses.toArray(InetAddress[]::new);
    }
}
