package org.certdesk.adapters.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * Sends the file fetcher's requests for demo-zone hosts to the demo web root (as an HTTP proxy,
 * so the request still names the host) and every other request straight to its host. The
 * system resolver knows nothing of the demo zone; this replaces the lookup it cannot do.
 */
public final class DemoZoneRoutes extends ProxySelector {

    private final DemoZone zone;
    private final InetSocketAddress webRoot;

    public DemoZoneRoutes(DemoZone zone, InetSocketAddress webRoot) {
        this.zone = zone;
        this.webRoot = webRoot;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if (host != null && zone.contains(host.endsWith(".") ? host.substring(0, host.length() - 1) : host)) {
            return List.of(new Proxy(Proxy.Type.HTTP, webRoot));
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // Nothing to fall back to: the fetch reports the failure itself.
    }
}
