package org.certdesk.domain.name;

import com.google.common.net.InetAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * An IPv4 or IPv6 address literal for an IP-address certificate. Parsed from its literal only
 * (Guava's InetAddresses: never a DNS lookup), kept in canonical form, and refused when it is in a
 * private, loopback, link-local, multicast, reserved or documentation range (BR 4.2.2).
 * IPv6 must also be global unicast (2000::/3).
 */
public final class IpAddress implements Identifier {

    private final InetAddress address;
    private final String canonical;

    private IpAddress(InetAddress address) {
        this.address = address;
        this.canonical = InetAddresses.toAddrString(address);
    }

    public static IpAddress parse(String input) {
        if (input == null || input.isBlank()) {
            throw new DomainException(Refusal.of("ip.required", FieldName.NAMES));
        }
        String typed = input.strip();
        if (!InetAddresses.isInetAddress(typed)) {
            throw new DomainException(Refusal.of("ip.invalid", typed, FieldName.NAMES));
        }
        // "fe80::1%eth0": Guava resolves the zone against this machine's network interfaces and
        // throws for an unknown one (found by NameParsersFuzzTest). A zone is local to one host;
        // a certificate never names one.
        if (typed.contains("%")) {
            throw new DomainException(Refusal.of("ip.zone", typed, FieldName.NAMES));
        }
        InetAddress address = InetAddresses.forString(typed);
        AddressBlock.notPublicBlockOf(address).ifPresent(block -> {
            throw new DomainException(Refusal.of("ip.notPublic", typed, block.kind(), block.cidr(), FieldName.NAMES));
        });
        if (address instanceof Inet6Address && (address.getAddress()[0] & 0xE0) != 0x20) {
            throw new DomainException(Refusal.of("ip.notGlobalV6", typed, FieldName.NAMES));
        }
        return new IpAddress(address);
    }

    /** See {@link Identifier#restore(String)}: the stored literal, without the range rules. */
    static IpAddress restore(String stored) {
        return new IpAddress(InetAddresses.forString(stored));
    }

    public boolean isIpv6() {
        return address instanceof Inet6Address;
    }

    public byte[] bytes() {
        return address.getAddress();
    }

    @Override
    public String value() {
        return canonical;
    }

    @Override
    public String display() {
        return canonical;
    }

    @Override
    public boolean isWildcard() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && Arrays.equals(address.getAddress(), other.address.getAddress());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(address.getAddress());
    }

    @Override
    public String toString() {
        return canonical;
    }
}
