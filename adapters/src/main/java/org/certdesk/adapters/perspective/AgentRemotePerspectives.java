package org.certdesk.adapters.perspective;

import java.util.List;
import java.util.Optional;
import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.domain.verification.GeoPoint;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspectives;

/**
 * The remote perspectives as configured: each one an agent reached over mutual TLS, and, on the
 * embedded default, the in-process agents themselves, stopped with the application.
 */
public final class AgentRemotePerspectives implements RemotePerspectives, PerspectiveDirectory, AutoCloseable {

    private final List<HttpsRemotePerspective> perspectives;
    private final List<PerspectiveAgent> inProcessAgents;
    private final GeoPoint primary;

    public AgentRemotePerspectives(List<HttpsRemotePerspective> perspectives, List<PerspectiveAgent> inProcessAgents,
                                   GeoPoint primary) {
        this.perspectives = List.copyOf(perspectives);
        this.inProcessAgents = List.copyOf(inProcessAgents);
        this.primary = primary;
    }

    @Override
    public List<RemotePerspective> current() {
        return List.copyOf(perspectives);
    }

    @Override
    public List<Listed> listed() {
        return perspectives.stream().map(p -> new Listed(p, p.url().toString())).toList();
    }

    @Override
    public Optional<GeoPoint> primaryPosition() {
        return Optional.of(primary);
    }

    @Override
    public void close() {
        perspectives.forEach(HttpsRemotePerspective::close);
        inProcessAgents.forEach(PerspectiveAgent::close);
    }
}
