package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.certdesk.domain.shared.DomainException;

class IpAddressPropertiesTest {

    @Property
    void everyAddressIn10Slash8IsRefused(@ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 255) int c,
                                         @ForAll @IntRange(max = 255) int d) {
        assertRefused("10." + b + "." + c + "." + d);
    }

    @Property
    void everyAddressIn172Dot16Slash12IsRefused(@ForAll @IntRange(min = 16, max = 31) int b,
                                                @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        assertRefused("172." + b + "." + c + "." + d);
    }

    @Property
    void everyAddressIn192Dot168Slash16IsRefused(@ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        assertRefused("192.168." + c + "." + d);
    }

    @Property
    void everyLoopbackAndMulticastIpv4IsRefused(@ForAll @IntRange(min = 224, max = 239) int multicastFirst,
                                                @ForAll @IntRange(max = 255) int b, @ForAll @IntRange(max = 255) int c) {
        assertRefused("127." + b + "." + c + ".1");
        assertRefused(multicastFirst + "." + b + "." + c + ".1");
    }

    @Property
    void addressesInOrdinaryPublicFirstOctetsAreAcceptedAndRoundTrip(
            @ForAll @IntRange(min = 1, max = 9) int a, @ForAll @IntRange(max = 255) int b,
            @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        String literal = a + "." + b + "." + c + "." + d;

        IpAddress address = IpAddress.parse(literal);

        assertThat(address.value()).isEqualTo(literal);
        assertThat(Identifier.parse(literal)).isEqualTo(address);
    }

    private static void assertRefused(String literal) {
        assertThatThrownBy(() -> IpAddress.parse(literal))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("a public certificate cannot name it");
    }
}
