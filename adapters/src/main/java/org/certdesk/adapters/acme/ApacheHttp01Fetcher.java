package org.certdesk.adapters.acme;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.certdesk.domain.acme.Http01Fetcher;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * http-01 with Apache HttpClient 5, whose connection manager resolves hosts through the given
 * resolver ({@link ValidationAddresses}): the CA's, or a perspective agent's own. No redirects,
 * no cookies, no retries; at most 8 KiB of body is read (a key authorization is under 200 bytes).
 */
@Component
public class ApacheHttp01Fetcher implements Http01Fetcher, DisposableBean, AutoCloseable {

    private static final int MAX_BODY = 8 * 1024;

    private final CloseableHttpClient client;

    public ApacheHttp01Fetcher(DnsLookup dns, @Value("${certdesk.acme.validation-timeout:PT10S}") Duration timeout) {
        ValidationAddresses addresses = new ValidationAddresses(dns);
        Timeout limit = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new DnsResolver() {
                            @Override
                            public InetAddress[] resolve(String host) throws UnknownHostException {
                                return addresses.of(host);
                            }

                            @Override
                            public String resolveCanonicalHostname(String host) {
                                return host;
                            }
                        })
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).setResponseTimeout(limit).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().useSystemProperties()
                .build();
    }

    @Override
    public FileFetch fetch(String host, int port, String path) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        HttpGet get = new HttpGet("http://" + authority + (port == 80 ? "" : ":" + port) + path);
        try {
            return client.execute(get, response -> {
                int status = response.getCode();
                if (status < 200 || status > 299) {
                    return new FileFetch.NotFound("HTTP " + status);
                }
                if (response.getEntity() == null) {
                    return new FileFetch.Content("");
                }
                try (InputStream body = response.getEntity().getContent()) {
                    return new FileFetch.Content(new String(body.readNBytes(MAX_BODY), StandardCharsets.UTF_8));
                }
            });
        } catch (SocketTimeoutException e) { // connect and read timeouts alike
            return new FileFetch.TimedOut();
        } catch (IOException e) {
            return new FileFetch.NotFound(e.getMessage());
        }
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
