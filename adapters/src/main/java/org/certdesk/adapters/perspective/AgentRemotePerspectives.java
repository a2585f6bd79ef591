package org.certdesk.adapters.perspective;

import java.util.List;
import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspectives;

/**
 * The remote perspectives as configured: each one an agent reached over mutual TLS, and, on the
 * embedded default, the in-process agents themselves, stopped with the application.
 */
public final class AgentRemotePerspectives implements RemotePerspectives, PerspectiveDirectory, AutoCloseable {

    private final List<HttpsRemotePerspective> perspectives;
    private final List<PerspectiveAgent> inProcessAgents;

    public AgentRemotePerspectives(List<HttpsRemotePerspective> perspectives, List<PerspectiveAgent> inProcessAgents) {
        this.perspectives = List.copyOf(perspectives);
        this.inProcessAgents = List.copyOf(inProcessAgents);
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
    public void close() {
        perspectives.forEach(HttpsRemotePerspective::close);
        inProcessAgents.forEach(PerspectiveAgent::close);
    }
}
