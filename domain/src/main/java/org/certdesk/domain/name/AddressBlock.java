package org.certdesk.domain.name;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * One special-purpose address range (IANA IPv4/IPv6 Special-Purpose Address Registries) that a
 * public certificate must not name: BR 4.2.2 forbids Reserved IP Addresses and BR 7.1.2.7.12
 * internal ones.
 */
record AddressBlock(String cidr, String kind, byte[] network, int prefixLength) {

    static AddressBlock of(String cidr, String kind) {
        String[] parts = cidr.split("/");
        return new AddressBlock(cidr, kind, InetAddresses.forString(parts[0]).getAddress(), Integer.parseInt(parts[1]));
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (bytes[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    static final List<AddressBlock> NOT_PUBLIC = List.of(
            of("0.0.0.0/8", "a reserved \"this network\" address"),
            of("10.0.0.0/8", "a private address"),
            of("100.64.0.0/10", "a shared carrier-grade NAT address"),
            of("127.0.0.0/8", "a loopback address"),
            of("169.254.0.0/16", "a link-local address"),
            of("172.16.0.0/12", "a private address"),
            of("192.0.0.0/24", "a reserved protocol-assignment address"),
            of("192.0.2.0/24", "a documentation address"),
            of("192.88.99.0/24", "a reserved relay address"),
            of("192.168.0.0/16", "a private address"),
            of("198.18.0.0/15", "a benchmarking address"),
            of("198.51.100.0/24", "a documentation address"),
            of("203.0.113.0/24", "a documentation address"),
            of("224.0.0.0/4", "a multicast address"),
            of("240.0.0.0/4", "a reserved address"),
            of("::/128", "the unspecified address"),
            of("::1/128", "a loopback address"),
            of("64:ff9b::/96", "a translation (NAT64) address"),
            of("64:ff9b:1::/48", "a translation (NAT64) address"),
            of("100::/64", "a discard-only address"),
            of("2001::/23", "a reserved protocol-assignment address"),
            of("2001:db8::/32", "a documentation address"),
            of("3fff::/20", "a documentation address"),
            of("fc00::/7", "a private (unique local) address"),
            of("fe80::/10", "a link-local address"),
            of("ff00::/8", "a multicast address"));

    static Optional<AddressBlock> notPublicBlockOf(InetAddress address) {
        return NOT_PUBLIC.stream().filter(b -> b.contains(address)).findFirst();
    }
}
