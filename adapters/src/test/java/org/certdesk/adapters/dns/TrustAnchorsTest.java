package org.certdesk.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustAnchorsTest {

    @Test
    void theBundledRootAnchorsAreIanasKsk2017AndKsk2024() {
        assertThat(TrustAnchors.ianaRoot().records()).containsExactly(
                ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D",
                ". IN DS 38696 8 2 683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16");
    }

    @Test
    void noConfiguredAnchorsMeansTheRootAnchors() {
        DnsProperties properties = new DnsProperties("192.0.2.53", 53, java.time.Duration.ofSeconds(5), true, null);

        assertThat(properties.anchors()).isEqualTo(TrustAnchors.ianaRoot());
    }

    @Test
    void aDnskeyRecordIsAnAnchorToo() {
        assertThat(TrustAnchors.of("example.test. IN DNSKEY 257 3 13 "
                + "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==").records()).hasSize(1);
    }

    @Test
    void otherRecordsAndGarbageAreRefusedWithTheProperty() {
        assertThatThrownBy(() -> TrustAnchors.of("example.test. IN A 192.0.2.1"))
                .hasMessageContaining("certdesk.dns.trust-anchors").hasMessageContaining("not one DS or DNSKEY record");
        assertThatThrownBy(() -> TrustAnchors.of(". IN DS twenty"))
                .hasMessageContaining("certdesk.dns.trust-anchors").hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> new TrustAnchors(List.of())).hasMessageContaining("at least one");
    }
}
