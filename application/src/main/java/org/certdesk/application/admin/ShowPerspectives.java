package org.certdesk.application.admin;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.domain.verification.RirRegion;

/**
 * Use case: the CA admin's overview of the remote perspectives (BR 3.2.2.9), each asked for its
 * health now. The agents are asked at the same time, so the page waits for the slowest one (at
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
        try (ExecutorService asking = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Health>> health = listed.stream()
                    .map(l -> CompletableFuture.supplyAsync(() -> healthOf(l.perspective()), asking))
                    .toList();
            return java.util.stream.IntStream.range(0, listed.size())
                    .mapToObj(i -> PerspectiveStatus.of(listed.get(i), health.get(i).join()))
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

    public record PerspectiveStatus(String name, RirRegion region, String location, String url, Health health) {

        static PerspectiveStatus of(PerspectiveDirectory.Listed listed, Health health) {
            var site = listed.perspective().site();
            return new PerspectiveStatus(site.name(), site.region(), site.location(), listed.url(), health);
        }
    }
}
