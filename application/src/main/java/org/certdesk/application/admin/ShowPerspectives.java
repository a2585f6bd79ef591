package org.certdesk.application.admin;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.GeoPoint;
import org.certdesk.domain.verification.PerspectiveDistinctness;
import org.certdesk.domain.verification.PerspectiveDistinctness.Neighbour;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.domain.verification.RirRegion;

/**
 * Use case: the CA admin's overview of the remote perspectives (BR 3.2.2.9), each asked for its
 * health now, with its nearest neighbour (distinct at 500 km). The agents are asked at the same time, so the page waits for the slowest one (at
 * most the configured timeout), not for their sum.
 */
public class ShowPerspectives {

    private final PerspectiveDirectory directory;

    public ShowPerspectives(PerspectiveDirectory directory) {
        this.directory = directory;
    }

    public List<PerspectiveStatus> perspectives(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new NotPermittedException(Refusal.of("permission.perspectives"));
        }
        List<PerspectiveDirectory.Listed> listed = directory.listed();
        List<PerspectiveSite> sites = listed.stream().map(l -> l.perspective().site()).toList();
        Optional<GeoPoint> primary = directory.primaryPosition();
        try (ExecutorService asking = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Health>> health = listed.stream()
                    .map(l -> CompletableFuture.supplyAsync(() -> healthOf(l.perspective()), asking))
                    .toList();
            return java.util.stream.IntStream.range(0, listed.size())
                    .mapToObj(i -> PerspectiveStatus.of(listed.get(i), health.get(i).join(),
                            PerspectiveDistinctness.nearest(sites.get(i), primary, sites)))
                    .toList();
        }
    }

    private static Health healthOf(RemotePerspective perspective) {
        try {
            return perspective.health();
        } catch (RuntimeException e) {
            return new Health.Down(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }

    /**
     * @param nearest the nearest other perspective or the primary ({@link PerspectiveDistinctness#PRIMARY}),
     *                empty when the site's position is not known
     */
    public record PerspectiveStatus(String name, RirRegion region, String location, Optional<GeoPoint> position, String url,
                                    Health health, Optional<Neighbour> nearest) {

        static PerspectiveStatus of(PerspectiveDirectory.Listed listed, Health health, Optional<Neighbour> nearest) {
            var site = listed.perspective().site();
            return new PerspectiveStatus(site.name(), site.region(), site.location(), site.position(), listed.url(), health, nearest);
        }
    }
}
