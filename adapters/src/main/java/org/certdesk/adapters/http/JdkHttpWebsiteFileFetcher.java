package org.certdesk.adapters.http;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.certdesk.domain.verification.WebsiteFileFetcher;

/**
 * The file method's fetch (BR 3.2.2.4.18 Agreed-Upon Change to Website v2) with the JDK's
 * {@link HttpClient}: http or https on an allowed port only, no redirects followed, 2xx only,
 * bounded connect time, total time and body size.
 */
public final class JdkHttpWebsiteFileFetcher implements WebsiteFileFetcher {

    private final HttpValidationProperties settings;
    private final HttpClient client;

    /** Connects directly to each host, ignoring any system proxy. */
    public JdkHttpWebsiteFileFetcher(HttpValidationProperties settings) {
        this(settings, HttpClient.Builder.NO_PROXY);
    }

    /** Routes connections as {@code routes} says; the demo zone sends its hosts to the demo web root. */
    public JdkHttpWebsiteFileFetcher(HttpValidationProperties settings, ProxySelector routes) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(routes)
                .build();
    }

    @Override
    public FileFetch fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new FileFetch.NotFound("not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new FileFetch.NotFound("only http and https are used, not '" + scheme + "'");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (!settings.portsAllowed().contains(port)) {
            return new FileFetch.NotFound("port " + port + " is not an Authorized Port (80 or 443)");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", "CertDesk domain validation")
                .build();
        CompletableFuture<HttpResponse<FileFetch>> exchange =
                client.sendAsync(request, new FileFetchBodyHandler(settings.maxBodySize().toBytes()));
        try {
            // The request timeout covers the headers only; this bounds the body as well.
            return exchange.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).body();
        } catch (TimeoutException e) {
            exchange.cancel(true); // the JDK client aborts the exchange and closes its connection
            return new FileFetch.TimedOut();
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new FileFetch.TimedOut();
        } catch (ExecutionException e) {
            return failure(e.getCause());
        }
    }

    private static FileFetch failure(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return new FileFetch.TimedOut();
        }
        if (cause instanceof IOException) {
            return new FileFetch.NotFound("could not connect: " + describe(cause));
        }
        return new FileFetch.NotFound("request failed: " + describe(cause));
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
