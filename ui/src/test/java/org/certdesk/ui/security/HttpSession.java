package org.certdesk.ui.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's session as a plain HTTP client sees it: cookies kept, redirects not followed. */
final class HttpSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    HttpSession(int port) {
        // 127.0.0.1 rather than localhost: the throttle counts by client address, and this keeps it IPv4.
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter and token the sign-in page hands the login form (Vaadin's meta tags). */
    Map.Entry<String, String> csrfToken() throws IOException, InterruptedException {
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher matcher = META.matcher(get("/login").body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new AssertionError("The sign-in page carries no CSRF meta tags");
        }
        return Map.entry(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Posts a form; {@code headers} are name, value pairs that replace any default. */
    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the page's CSRF token, as the login form does. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        Map.Entry<String, String> token = csrfToken();
        return postForm("/login", Map.of("username", username, "password", password, token.getKey(), token.getValue()));
    }

    /** Whether the session may open a page that needs sign-in (else it is sent to /login). */
    boolean signedIn() throws IOException, InterruptedException {
        return get("/certificates").statusCode() == 200;
    }
}
