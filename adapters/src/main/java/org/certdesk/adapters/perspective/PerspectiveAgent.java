package org.certdesk.adapters.perspective;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.certdesk.adapters.perspective.AgentProtocol.DnsQuestion;
import org.certdesk.adapters.perspective.AgentProtocol.DnsReply;
import org.certdesk.adapters.perspective.AgentProtocol.FileQuestion;
import org.certdesk.adapters.perspective.AgentProtocol.FileReply;
import org.certdesk.adapters.perspective.AgentProtocol.HealthReply;
import org.certdesk.adapters.perspective.AgentProtocol.Http01Question;
import org.certdesk.adapters.perspective.AgentProtocol.TlsAlpn01Question;
import org.certdesk.adapters.perspective.AgentProtocol.TlsAlpnReply;
import org.certdesk.domain.acme.Http01Fetcher;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.certdesk.domain.verification.TlsAlpnProbe.Presented;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * A remote Network Perspective's agent (BR 3.2.2.9): a small HTTPS service that answers the CA's
 * "what do you see" for a DNS name (TXT, CAA, addresses), a file URL, an ACME http-01 fetch or
 * an ACME tls-alpn-01 probe, with its own resolver, its own HTTP client and its own TLS probe, so nothing it sees comes from a cache shared with another perspective
 * or the primary. It answers only a client presenting a certificate of the channel CA (mutual
 * TLS). Questions are bounded in size; answers in time by the lookup's and the fetcher's own
 * timeouts.
 */
public final class PerspectiveAgent implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PerspectiveAgent.class);

    private final String name;
    private final DnsLookup dns;
    private final WebsiteFileFetcher files;
    private final Http01Fetcher http01;
    private final int http01Port;
    private final TlsAlpnProbe tlsAlpn01;
    private final int tlsAlpn01Port;
    private final HttpsServer server;
    private final ExecutorService executor;

    private PerspectiveAgent(String name, DnsLookup dns, WebsiteFileFetcher files, Http01Fetcher http01, int http01Port,
                             TlsAlpnProbe tlsAlpn01, int tlsAlpn01Port, HttpsServer server, ExecutorService executor) {
        this.name = name;
        this.dns = dns;
        this.files = files;
        this.http01 = http01;
        this.http01Port = http01Port;
        this.tlsAlpn01 = tlsAlpn01;
        this.tlsAlpn01Port = tlsAlpn01Port;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts an agent on {@code bind} (port 0: any free port), presenting {@code tls}'s
     * certificate and demanding a client certificate it trusts.
     */
    public static PerspectiveAgent start(String name, InetSocketAddress bind, SSLContext tls, DnsLookup dns,
                                        WebsiteFileFetcher files) throws IOException {
        return start(name, bind, tls, dns, files, null, 80);
    }

    /**
     * The same, also answering ACME http-01 fetches with {@code http01} (its host resolved by the
     * agent's own resolver) on port 80 or {@code http01Port}, the CA's configured http-01 port.
     */
    public static PerspectiveAgent start(String name, InetSocketAddress bind, SSLContext tls, DnsLookup dns,
                                        WebsiteFileFetcher files, Http01Fetcher http01, int http01Port) throws IOException {
        return start(name, bind, tls, dns, files, http01, http01Port, null, 443);
    }

    /**
     * The same, also answering ACME tls-alpn-01 probes with {@code tlsAlpn01} (its host resolved
     * by the agent's own resolver) on port 443 or {@code tlsAlpn01Port}, the CA's configured
     * tls-alpn-01 port.
     */
    public static PerspectiveAgent start(String name, InetSocketAddress bind, SSLContext tls, DnsLookup dns,
                                        WebsiteFileFetcher files, Http01Fetcher http01, int http01Port,
                                        TlsAlpnProbe tlsAlpn01, int tlsAlpn01Port) throws IOException {
        HttpsServer server = HttpsServer.create(bind, 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true); // mutual TLS: no client certificate, no handshake
                ssl.setProtocols(new String[] {"TLSv1.3"});
                parameters.setSSLParameters(ssl);
            }
        });
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        PerspectiveAgent agent = new PerspectiveAgent(name, dns, files, http01, http01Port, tlsAlpn01, tlsAlpn01Port, server,
                executor);
        server.createContext(AgentProtocol.DNS_PATH, agent::dns);
        server.createContext(AgentProtocol.FILE_PATH, agent::file);
        server.createContext(AgentProtocol.HTTP01_PATH, agent::http01);
        server.createContext(AgentProtocol.TLS_ALPN01_PATH, agent::tlsAlpn01);
        server.createContext(AgentProtocol.HEALTH_PATH, agent::health);
        server.start();
        log.info("Perspective agent '{}' listening on https://{}:{}", name, agent.address().getHostString(), agent.address().getPort());
        return agent;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public String name() {
        return name;
    }

    private void dns(HttpExchange exchange) throws IOException {
        try (exchange) {
            DnsQuestion question = question(exchange, DnsQuestion.class);
            if (question == null) {
                return;
            }
            if (question.type() == null || question.name() == null || question.name().isBlank()) {
                reply(exchange, 400, "a DNS question needs a type and a name");
                return;
            }
            DnsAnswer answer = switch (question.type()) {
                case TXT -> dns.txt(question.name());
                case CAA -> dns.caa(question.name());
                case ADDRESSES -> dns.addresses(question.name());
            };
            reply(exchange, 200, DnsReply.of(answer));
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        try (exchange) {
            FileQuestion question = question(exchange, FileQuestion.class);
            if (question == null) {
                return;
            }
            if (question.url() == null || question.url().isBlank()) {
                reply(exchange, 400, "a file question needs a url");
                return;
            }
            reply(exchange, 200, FileReply.of(files.fetch(question.url())));
        }
    }

    private void http01(HttpExchange exchange) throws IOException {
        try (exchange) {
            Http01Question question = question(exchange, Http01Question.class);
            if (question == null) {
                return;
            }
            if (question.host() == null || question.host().isBlank() || question.path() == null
                    || !question.path().startsWith("/.well-known/acme-challenge/")) {
                reply(exchange, 400, "an http-01 question needs a host and a path under /.well-known/acme-challenge/");
                return;
            }
            if (http01 == null) {
                reply(exchange, 200, FileReply.of(new FileFetch.NotFound("agent " + name + " has no http-01 fetch")));
                return;
            }
            if (question.port() != 80 && question.port() != http01Port) {
                // RFC 8555 8.3: port 80; another only where the CA is configured for it (tests)
                reply(exchange, 200, FileReply.of(new FileFetch.NotFound("port " + question.port() + " is not the http-01 port")));
                return;
            }
            reply(exchange, 200, FileReply.of(http01.fetch(question.host(), question.port(), question.path())));
        }
    }

    private void tlsAlpn01(HttpExchange exchange) throws IOException {
        try (exchange) {
            TlsAlpn01Question question = question(exchange, TlsAlpn01Question.class);
            if (question == null) {
                return;
            }
            if (question.host() == null || question.host().isBlank() || question.serverName() == null
                    || question.serverName().isBlank()) {
                reply(exchange, 400, "a tls-alpn-01 question needs a host and a server name");
                return;
            }
            if (tlsAlpn01 == null) {
                reply(exchange, 200, TlsAlpnReply.of(new Presented.Failed("agent " + name + " has no tls-alpn-01 probe")));
                return;
            }
            if (question.port() != 443 && question.port() != tlsAlpn01Port) {
                // RFC 8737 3: port 443; another only where the CA is configured for it (tests)
                reply(exchange, 200, TlsAlpnReply.of(new Presented.Failed("port " + question.port() + " is not the tls-alpn-01 port")));
                return;
            }
            reply(exchange, 200, TlsAlpnReply.of(tlsAlpn01.probe(question.host(), question.port(), question.serverName())));
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                reply(exchange, 405, "GET only");
                return;
            }
            reply(exchange, 200, new HealthReply("up", name));
        }
    }

    /** Reads a bounded JSON question, or answers the error itself and returns null. */
    private <T> T question(HttpExchange exchange, Class<T> type) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            reply(exchange, 405, "POST only");
            return null;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(AgentProtocol.MAX_REQUEST_BYTES + 1);
        }
        if (body.length > AgentProtocol.MAX_REQUEST_BYTES) {
            reply(exchange, 413, "a question is at most " + AgentProtocol.MAX_REQUEST_BYTES + " bytes");
            return null;
        }
        try {
            return AgentProtocol.JSON.readValue(body, type);
        } catch (JacksonException e) {
            reply(exchange, 400, "not a " + type.getSimpleName().toLowerCase(Locale.ROOT) + ": " + e.getOriginalMessage());
            return null;
        }
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = AgentProtocol.JSON.writeValueAsBytes(body instanceof String error ? new Error(error) : body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private record Error(String error) {
    }

    @Override
    public void close() {
        server.stop(0);
        if (http01 instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("Perspective agent '{}': closing its http-01 client failed: {}", name, e.getMessage());
            }
        }
        executor.shutdownNow(); // a question still being answered is abandoned: its client times out
        log.info("Perspective agent '{}' stopped", name);
    }
}
