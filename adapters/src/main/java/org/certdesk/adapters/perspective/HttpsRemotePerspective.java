package org.certdesk.adapters.perspective;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.certdesk.adapters.perspective.AgentProtocol.DnsQuestion;
import org.certdesk.adapters.perspective.AgentProtocol.DnsReply;
import org.certdesk.adapters.perspective.AgentProtocol.FileQuestion;
import org.certdesk.adapters.perspective.AgentProtocol.FileReply;
import org.certdesk.adapters.perspective.AgentProtocol.HealthReply;
import org.certdesk.adapters.perspective.AgentProtocol.RecordType;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * A remote perspective as the CA reaches it: its agent over HTTPS with mutual TLS (BR 3.2.2.9),
 * the CA presenting its client certificate and trusting only the channel CA. Every question is
 * bounded by one timeout; an agent that is down, slow or answers nonsense gives a timed-out DNS
 * answer or a failed fetch with the reason (logged for DNS, whose port has no detail), never an
 * exception, so corroboration counts it as a perspective that did not corroborate.
 */
public final class HttpsRemotePerspective implements RemotePerspective, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpsRemotePerspective.class);

    /** What an agent may answer: a 64 KB file and its JSON quoting, with room to spare. */
    private static final int MAX_REPLY_BYTES = 512 * 1024;

    /** Agents answer with a fixed length; a longer or unannounced body is read away, not kept. */
    private static final HttpResponse.BodyHandler<byte[]> BOUNDED_BODY = info -> {
        long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length < 0 || length > MAX_REPLY_BYTES
                ? HttpResponse.BodySubscribers.replacing(null)
                : HttpResponse.BodySubscribers.ofByteArray();
    };

    private final PerspectiveSite site;
    private final URI base;
    private final Duration timeout;
    private final HttpClient client;

    public HttpsRemotePerspective(PerspectiveSite site, URI agent, SSLContext tls, Duration timeout) {
        this.site = site;
        this.base = agent.toString().endsWith("/") ? URI.create(agent.toString().substring(0, agent.toString().length() - 1)) : agent;
        this.timeout = timeout;
        // One client per perspective: connections (and TLS sessions) are never shared between agents.
        this.client = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public URI url() {
        return base;
    }

    @Override
    public PerspectiveSite site() {
        return site;
    }

    @Override
    public DnsLookup dns() {
        return dnsLookup;
    }

    @Override
    public WebsiteFileFetcher files() {
        return this::fetch;
    }

    @Override
    public WebsiteFileFetcher.FileFetch http01(String host, int port, String path) {
        return fetch(AgentProtocol.HTTP01_PATH, new AgentProtocol.Http01Question(host, port, path),
                "http://" + host + ":" + port + path);
    }

    @Override
    public TlsAlpnProbe.Presented tlsAlpn01(String host, int port, String serverName) {
        try {
            byte[] reply = exchange(post(AgentProtocol.TLS_ALPN01_PATH, new AgentProtocol.TlsAlpn01Question(host, port, serverName)));
            return AgentProtocol.JSON.readValue(reply, AgentProtocol.TlsAlpnReply.class).presented();
        } catch (AgentTimedOut e) {
            log.warn("Perspective '{}' did not answer the tls-alpn-01 probe of {}:{} in time: {}", site.name(), host, port,
                    e.getMessage());
            return new TlsAlpnProbe.Presented.TimedOut();
        } catch (AgentFailure e) {
            return new TlsAlpnProbe.Presented.Failed("perspective " + site.name() + " gave no answer: " + e.getMessage());
        } catch (JacksonException | IllegalArgumentException e) {
            return new TlsAlpnProbe.Presented.Failed("perspective " + site.name() + " answered something not understood: "
                    + e.getMessage());
        }
    }

    @Override
    public Health health() {
        long started = System.nanoTime();
        try {
            HealthReply reply = AgentProtocol.JSON.readValue(exchange(HttpRequest.newBuilder(base.resolve(AgentProtocol.HEALTH_PATH)).GET()),
                    HealthReply.class);
            if (!"up".equals(reply.status())) {
                return new Health.Down("the agent says it is " + reply.status());
            }
            return new Health.Up(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (AgentFailure e) {
            return new Health.Down(e.getMessage());
        } catch (JacksonException e) {
            return new Health.Down("the agent's answer is not understood: " + e.getOriginalMessage());
        }
    }

    private final DnsLookup dnsLookup = new DnsLookup() {
        @Override
        public DnsAnswer txt(String name) {
            return ask(RecordType.TXT, name);
        }

        @Override
        public DnsAnswer caa(String name) {
            return ask(RecordType.CAA, name);
        }

        @Override
        public DnsAnswer addresses(String name) {
            return ask(RecordType.ADDRESSES, name);
        }
    };

    private DnsLookup.DnsAnswer ask(RecordType type, String name) {
        try {
            byte[] reply = exchange(post(AgentProtocol.DNS_PATH, new DnsQuestion(type, name)));
            return AgentProtocol.JSON.readValue(reply, DnsReply.class).answer();
        } catch (AgentFailure e) {
            log.warn("Perspective '{}' gave no {} answer for {}: {}", site.name(), type, name, e.getMessage());
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Perspective '{}' answered the {} question for {} with something not understood: {}", site.name(), type, name,
                    e.getMessage());
        }
        return new DnsLookup.DnsAnswer.TimedOut();
    }

    private WebsiteFileFetcher.FileFetch fetch(String url) {
        return fetch(AgentProtocol.FILE_PATH, new FileQuestion(url), url);
    }

    private WebsiteFileFetcher.FileFetch fetch(String path, Object question, String url) {
        try {
            byte[] reply = exchange(post(path, question));
            return AgentProtocol.JSON.readValue(reply, FileReply.class).fetch();
        } catch (AgentTimedOut e) {
            log.warn("Perspective '{}' did not answer the fetch of {} in time: {}", site.name(), url, e.getMessage());
            return new WebsiteFileFetcher.FileFetch.TimedOut();
        } catch (AgentFailure e) {
            return new WebsiteFileFetcher.FileFetch.NotFound("perspective " + site.name() + " gave no answer: " + e.getMessage());
        } catch (JacksonException | IllegalArgumentException e) {
            return new WebsiteFileFetcher.FileFetch.NotFound("perspective " + site.name() + " answered something not understood: "
                    + e.getMessage());
        }
    }

    private HttpRequest.Builder post(String path, Object question) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(AgentProtocol.JSON.writeValueAsBytes(question)));
    }

    /** One bounded exchange: a 200 and its body, or an {@link AgentFailure} saying why not. */
    private byte[] exchange(HttpRequest.Builder request) throws AgentFailure {
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request.timeout(timeout).build(),
                BOUNDED_BODY);
        HttpResponse<byte[]> answered;
        try {
            // The request timeout covers the headers only; this bounds the body as well.
            answered = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new AgentTimedOut("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new AgentTimedOut("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new AgentTimedOut("no answer within " + timeout.toMillis() + " ms");
            }
            throw new AgentFailure((cause instanceof IOException ? "unreachable: " : "failed: ") + describe(cause));
        }
        if (answered.statusCode() != 200) {
            throw new AgentFailure("HTTP " + answered.statusCode() + " from the agent");
        }
        if (answered.body() == null) {
            throw new AgentFailure("an answer without a length or over " + MAX_REPLY_BYTES + " bytes");
        }
        return answered.body();
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static class AgentFailure extends Exception {
        AgentFailure(String message) {
            super(message, null, false, false);
        }
    }

    private static final class AgentTimedOut extends AgentFailure {
        AgentTimedOut(String message) {
            super(message);
        }
    }

    /** Stops the client's selector thread and drops its connections; questions still in flight fail. */
    @Override
    public void close() {
        client.shutdownNow();
    }

    @Override
    public String toString() {
        return "perspective " + site.name() + " at " + base;
    }
}
