package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.certdesk.domain.verification.PerspectiveDistinctness.Neighbour;
import org.certdesk.domain.verification.PerspectiveDistinctness.Violation;
import org.junit.jupiter.api.Test;

class PerspectiveDistinctnessTest {

    static final GeoPoint DUBLIN = new GeoPoint(53.3498, -6.2603);
    static final GeoPoint FRANKFURT = new GeoPoint(50.1109, 8.6821);
    static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);
    static final GeoPoint ASHBURN = new GeoPoint(39.0438, -77.4874);

    @Test
    void distancesAreGreatCircleKilometres() {
        assertThat(FRANKFURT.kilometresTo(PARIS)).isCloseTo(479, within(3.0));
        assertThat(DUBLIN.kilometresTo(FRANKFURT)).isCloseTo(1087, within(5.0));
        assertThat(FRANKFURT.kilometresTo(ASHBURN)).isEqualTo(ASHBURN.kilometresTo(FRANKFURT));
        assertThat(PARIS.kilometresTo(PARIS)).isZero();
        assertThat(new GeoPoint(0, 0).kilometresTo(new GeoPoint(0, 180))).as("half the equator").isCloseTo(20015, within(5.0));
    }

    @Test
    void aPositionOffTheGlobeIsRefusedWithTheCoordinateNamed() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).hasMessageContaining("latitude").hasMessageContaining("91");
        assertThatThrownBy(() -> new GeoPoint(0, -181)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).hasMessageContaining("latitude");
    }

    @Test
    void perspectivesUnder500KmFromEachOtherOrThePrimaryAreNotDistinct() {
        List<PerspectiveSite> sites = List.of(
                new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt", FRANKFURT),
                new PerspectiveSite("Paris", RirRegion.RIPE_NCC, "Paris", PARIS),
                new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn", ASHBURN),
                new PerspectiveSite("Nowhere", RirRegion.APNIC, "unknown"));

        assertThat(PerspectiveDistinctness.violations(DUBLIN, sites)).satisfiesExactlyInAnyOrder(
                v -> assertThat(v).isInstanceOfSatisfying(Violation.TooClose.class, close -> {
                    assertThat(List.of(close.first(), close.second())).containsExactly("Frankfurt", "Paris");
                    assertThat(close.describe()).contains("Frankfurt and Paris are 478 km apart", "500 km", "BR 3.2.2.9");
                }),
                v -> assertThat(v).isEqualTo(new Violation.NoPosition("Nowhere")));

        assertThat(PerspectiveDistinctness.violations(PARIS, List.of(sites.get(2), sites.get(0))))
                .as("Frankfurt is 478 km from a primary in Paris")
                .containsExactly(new Violation.TooClose("Frankfurt", PerspectiveDistinctness.PRIMARY, FRANKFURT.kilometresTo(PARIS)));
        assertThat(PerspectiveDistinctness.violations(DUBLIN, List.of(sites.get(0), sites.get(2)))).isEmpty();
    }

    @Test
    void eachPerspectivesNearestNeighbourIncludesThePrimary() {
        PerspectiveSite frankfurt = new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt", FRANKFURT);
        PerspectiveSite virginia = new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn", ASHBURN);
        List<PerspectiveSite> sites = List.of(frankfurt, virginia);

        Neighbour nearFrankfurt = PerspectiveDistinctness.nearest(frankfurt, Optional.of(DUBLIN), sites).orElseThrow();
        assertThat(nearFrankfurt.name()).isEqualTo(PerspectiveDistinctness.PRIMARY);
        assertThat(nearFrankfurt.distinct()).isTrue();
        assertThat(PerspectiveDistinctness.nearest(frankfurt, Optional.empty(), sites)).get()
                .extracting(Neighbour::name).isEqualTo("Virginia");
        assertThat(PerspectiveDistinctness.nearest(frankfurt, Optional.of(PARIS), sites)).get()
                .extracting(Neighbour::distinct).isEqualTo(false);
        assertThat(PerspectiveDistinctness.nearest(new PerspectiveSite("X", RirRegion.ARIN, "?"), Optional.of(DUBLIN), sites)).isEmpty();
    }
}
