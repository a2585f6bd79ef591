package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @Test
    void publicIpv4IsAccepted() {
        assertThat(IpAddress.parse(" 8.8.8.8 ").value()).isEqualTo("8.8.8.8");
    }

    @Test
    void publicIpv6IsAcceptedInCanonicalForm() {
        IpAddress address = IpAddress.parse("2606:4700:4700:0000:0000:0000:0000:1111");

        assertThat(address.value()).isEqualTo("2606:4700:4700::1111");
        assertThat(address.isIpv6()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "10.1.2.3, a private address",
            "172.16.0.1, a private address",
            "192.168.1.1, a private address",
            "127.0.0.1, a loopback address",
            "169.254.10.10, a link-local address",
            "224.0.0.1, a multicast address",
            "240.0.0.1, a reserved address",
            "255.255.255.255, a reserved address",
            "192.0.2.5, a documentation address",
            "198.51.100.7, a documentation address",
            "203.0.113.9, a documentation address",
            "100.64.0.1, a shared carrier-grade NAT address",
            "0.1.2.3, a reserved \"this network\" address",
            "::1, a loopback address",
            "fe80::1, a link-local address",
            "fd00::1, a private (unique local) address",
            "ff02::1, a multicast address",
            "2001:db8::1, a documentation address"})
    void nonPublicAddressesAreRefusedNamingTheirKind(String input, String kind) {
        assertThatThrownBy(() -> IpAddress.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'" + input + "' is " + kind);
    }

    @Test
    void ipv6OutsideGlobalUnicastIsRefused() {
        assertThatThrownBy(() -> IpAddress.parse("4000::1")).hasMessageContaining("not a global unicast");
    }

    @Test
    void publicAddressJustOutsideAPrivateBlockIsAccepted() {
        assertThat(IpAddress.parse("172.32.0.1").value()).isEqualTo("172.32.0.1");
        assertThat(IpAddress.parse("11.0.0.1").value()).isEqualTo("11.0.0.1");
        assertThat(IpAddress.parse("172.15.255.255").value()).isEqualTo("172.15.255.255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"::f%ff8.", "2606:4700::1%no-such-interface", "2606:4700::1%1", "fe80::1%lo"})
    void anAddressWithAZoneIndexIsRefusedWhateverTheHostsInterfaces(String input) {
        assertThatThrownBy(() -> IpAddress.parse(input)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'" + input + "' has a zone index");
        assertThatThrownBy(() -> Identifier.parse(input)).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'" + input + "' has a zone index");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "1.2.3", "256.1.1.1", "1.2.3.4.5", "::g"})
    void nonLiteralsAreRefusedWithoutALookup(String input) {
        assertThatThrownBy(() -> IpAddress.parse(input)).hasMessage("'" + input + "' is not an IPv4 or IPv6 address.");
    }
}
