package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoZoneTest {

    private final DemoZone zone = new DemoZone("Example.Test.");

    @Test
    void keepsTheApexInLowerCaseWithoutTheRootDot() {
        assertThat(zone.zone()).isEqualTo("example.test");
    }

    @Test
    void refusesAZoneOutsideTheTestTld() {
        // A demo zone named like a real domain would let anyone "prove" control of it.
        assertThatThrownBy(() -> new DemoZone("example.com")).hasMessageContaining("under .test");
    }

    @Test
    void listsWhatWasAddedAndForgetsWhatWasRemoved() {
        DemoRecord txt = new DemoRecord("_dnsauth.WWW.example.test.", DemoRecordType.TXT, "token");
        zone.add(txt);
        zone.add(new DemoRecord("www.example.test", DemoRecordType.A, "127.0.0.1"));

        assertThat(zone.remove(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "token"))).isTrue();
        assertThat(zone.list()).containsExactly(new DemoRecord("www.example.test", DemoRecordType.A, "127.0.0.1"));
    }

    @Test
    void refusesANameOutsideTheZone() {
        assertThatThrownBy(() -> zone.add(new DemoRecord("www.example.com", DemoRecordType.TXT, "x")))
                .hasMessage("'www.example.com' is not a name in the demo zone example.test.");
    }

    @Test
    void refusesValuesTheTypeCannotCarry() {
        assertThatThrownBy(() -> zone.add(new DemoRecord("www.example.test", DemoRecordType.A, "300.1.1.1")))
                .hasMessageContaining("not a valid A value");
        assertThatThrownBy(() -> zone.add(new DemoRecord("example.test", DemoRecordType.CAA, "issue ca.example")))
                .hasMessageContaining("0 issue \"ca.example\"");
    }
}
