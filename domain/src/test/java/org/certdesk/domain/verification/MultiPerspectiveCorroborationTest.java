package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration.Observation;
import org.certdesk.domain.verification.PerspectiveResult.Outcome;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The decision rules of BR 3.2.2.9 over the answers, with perspectives that answer from memory;
 * the same service against real DNS servers is tested in the adapters (MultiPerspectiveCorroborationAgainstDnsmasqTest).
 */
class MultiPerspectiveCorroborationTest {

    private static final Instant DEC_2026 = Instant.parse("2026-12-20T10:00:00Z");
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        executor.close();
    }

    private record Site(PerspectiveSite site) implements RemotePerspective {
        @Override
        public DnsLookup dns() {
            throw new UnsupportedOperationException();
        }

        @Override
        public WebsiteFileFetcher files() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Health health() {
            return new Health.Up(1);
        }
    }

    private static List<RemotePerspective> sites(RirRegion... regions) {
        List<RemotePerspective> sites = new ArrayList<>();
        for (int i = 0; i < regions.length; i++) {
            sites.add(new Site(new PerspectiveSite("P" + (i + 1), regions[i], "somewhere " + (i + 1))));
        }
        return sites;
    }

    private MultiPerspectiveCorroboration over(List<RemotePerspective> sites) {
        return new MultiPerspectiveCorroboration(() -> sites, CorroborationPolicy.baselineRequirements(), "certdesk.test",
                executor, Duration.ofSeconds(2));
    }

    /** P1..Pn answer "seen" except those named, which see "evil". */
    private static MultiPerspectiveCorroboration.Question seenExcept(String... dissenting) {
        List<String> liars = List.of(dissenting);
        return p -> liars.contains(p.site().name()) ? Observation.notSeen("saw \"evil\"") : Observation.seen("token");
    }

    @Test
    void allCorroboratingInTwoRegionsPasses() {
        Corroboration c = over(sites(RirRegion.RIPE_NCC, RirRegion.ARIN, RirRegion.APNIC, RirRegion.RIPE_NCC, RirRegion.ARIN))
                .corroborate(DEC_2026, seenExcept());

        assertThat(c.passed()).isTrue();
        assertThat(c.results()).extracting(PerspectiveResult::outcome).containsOnly(Outcome.SEEN);
        assertThat(c.results()).extracting(PerspectiveResult::perspective).containsExactly("P1", "P2", "P3", "P4", "P5");
    }

    @Test
    void corroboratingPerspectivesInOneRirRegionAreRefusedFrom2026_03_15() {
        List<RemotePerspective> sites = sites(RirRegion.RIPE_NCC, RirRegion.RIPE_NCC, RirRegion.RIPE_NCC, RirRegion.RIPE_NCC,
                RirRegion.ARIN);

        Corroboration c = over(sites).corroborate(DEC_2026, seenExcept("P5"));

        assertThat(c.passed()).isFalse();
        assertThat(c.refusal()).hasValue("The corroborating remote perspectives lie in 1 RIR region (RIPE_NCC); "
                + "at least 2 are required (BR 3.2.2.9).");
        // Before the RIR rule, the same answers issue.
        assertThat(over(sites).corroborate(Instant.parse("2026-03-14T12:00:00Z"), seenExcept("P5")).passed()).isTrue();
    }

    @Test
    void sixPerspectivesAllowTwoNonCorroborations() {
        List<RemotePerspective> six = sites(RirRegion.RIPE_NCC, RirRegion.ARIN, RirRegion.APNIC, RirRegion.LACNIC,
                RirRegion.AFRINIC, RirRegion.ARIN);

        assertThat(over(six).corroborate(DEC_2026, seenExcept("P1", "P2")).passed()).isTrue();
        Corroboration three = over(six).corroborate(DEC_2026, seenExcept("P1", "P2", "P3"));
        assertThat(three.refusal()).hasValue("Not corroborated by 3 of 6 remote perspectives (P1: saw \"evil\"; "
                + "P2: saw \"evil\"; P3: saw \"evil\"); at most 2 allowed (BR 3.2.2.9).");
    }

    @Test
    void twoPerspectivesAllowOne() {
        List<RemotePerspective> two = sites(RirRegion.RIPE_NCC, RirRegion.ARIN);
        Instant oct2025 = Instant.parse("2025-10-01T00:00:00Z");

        assertThat(over(two).corroborate(oct2025, seenExcept("P2")).passed()).isTrue();
        assertThat(over(two).corroborate(oct2025, seenExcept("P1", "P2")).passed()).isFalse();
        // Before 2025-09-15 the quorum does not block (the CA MAY issue).
        assertThat(over(two).corroborate(Instant.parse("2025-06-01T00:00:00Z"), seenExcept("P1", "P2")).passed()).isTrue();
    }

    @Test
    void fewerPerspectivesConfiguredThanTheDayRequiresRefusesWithoutAsking() {
        AtomicInteger asked = new AtomicInteger();

        Corroboration c = over(sites(RirRegion.RIPE_NCC, RirRegion.ARIN, RirRegion.APNIC, RirRegion.LACNIC))
                .corroborate(DEC_2026, p -> {
                    asked.incrementAndGet();
                    return Observation.seen("token");
                });

        assertThat(c.refusal()).hasValue("Only 4 remote perspectives are configured; at least 5 are required on 2026-12-20 "
                + "(BR 3.2.2.9).");
        assertThat(asked).hasValue(0);
        // Four were enough until 2026-12-15.
        assertThat(over(sites(RirRegion.RIPE_NCC, RirRegion.ARIN, RirRegion.APNIC, RirRegion.LACNIC))
                .corroborate(Instant.parse("2026-12-14T23:00:00Z"), seenExcept()).passed()).isTrue();
    }

    @Test
    void aThrowingOrSlowPerspectiveIsAnError() {
        List<RemotePerspective> sites = sites(RirRegion.RIPE_NCC, RirRegion.ARIN, RirRegion.APNIC, RirRegion.LACNIC,
                RirRegion.AFRINIC);
        MultiPerspectiveCorroboration corroboration = new MultiPerspectiveCorroboration(() -> sites,
                CorroborationPolicy.baselineRequirements(), "certdesk.test", executor, Duration.ofMillis(300));

        Corroboration c = corroboration.corroborate(DEC_2026, p -> switch (p.site().name()) {
            case "P1" -> throw new IllegalStateException("connection refused");
            case "P2" -> {
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield Observation.seen("token");
            }
            default -> Observation.seen("token");
        });

        assertThat(c.results()).extracting(PerspectiveResult::outcome)
                .containsExactly(Outcome.ERROR, Outcome.ERROR, Outcome.SEEN, Outcome.SEEN, Outcome.SEEN);
        assertThat(c.refusal()).hasValue("Not corroborated by 2 of 5 remote perspectives (P1: unreachable (connection refused); "
                + "P2: timed out); at most 1 allowed (BR 3.2.2.9).");
    }

    /** A perspective with a DNS answering no CAA anywhere and its own web client. */
    private record Web(PerspectiveSite site, WebsiteFileFetcher files) implements RemotePerspective {
        @Override
        public DnsLookup dns() {
            return new DnsLookup() {
                @Override
                public DnsAnswer txt(String name) {
                    return new DnsAnswer.NoRecords();
                }

                @Override
                public DnsAnswer caa(String name) {
                    return new DnsAnswer.NoRecords();
                }

                @Override
                public DnsAnswer addresses(String name) {
                    return new DnsAnswer.NoRecords();
                }
            };
        }

        @Override
        public Health health() {
            return new Health.Up(1);
        }
    }

    @Test
    void theFileMethodIsCorroboratedByEachPerspectivesOwnFetch() {
        DomainVerification file = DomainVerification.start(DomainName.parse("www.example.com"),
                VerificationMethod.FILE, new SequenceTokenSource(), IssuancePolicy.baselineRequirements(),
                DEC_2026);
        String token = file.token().value();
        FileFetch served = new FileFetch.Content(token + "\n");
        List<RemotePerspective> sites = List.of(
                new Web(new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "DE"), url -> served),
                new Web(new PerspectiveSite("Virginia", RirRegion.ARIN, "US"), url -> new FileFetch.Content("hijacked")),
                new Web(new PerspectiveSite("Singapore", RirRegion.APNIC, "SG"), url -> new FileFetch.NotFound("HTTP 404")),
                new Web(new PerspectiveSite("Sao Paulo", RirRegion.LACNIC, "BR"), url -> served),
                new Web(new PerspectiveSite("Johannesburg", RirRegion.AFRINIC, "ZA"), url -> served));

        Corroboration c = over(sites).corroborate(file, DEC_2026);

        assertThat(c.results()).extracting(PerspectiveResult::outcome)
                .containsExactly(Outcome.SEEN, Outcome.NOT_SEEN, Outcome.NOT_SEEN, Outcome.SEEN, Outcome.SEEN);
        assertThat(c.refusal()).hasValue("Not corroborated by 2 of 5 remote perspectives (Virginia: saw \"hijacked\"; "
                + "Singapore: no file (HTTP 404)); at most 1 allowed (BR 3.2.2.9).");
        assertThat(c.results().getFirst().observed()).isEqualTo(file.fileUrl() + " contains the token");
    }

    @Test
    void noCorroborationBeforeMpicWasIntroduced() {
        Corroboration c = over(List.of()).corroborate(Instant.parse("2025-01-01T00:00:00Z"), seenExcept());

        assertThat(c.passed()).isTrue();
        assertThat(c.results()).isEmpty();
    }
}
