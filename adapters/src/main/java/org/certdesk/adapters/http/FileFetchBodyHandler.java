package org.certdesk.adapters.http;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;

/**
 * Turns the status line and headers into the port's answer before any body is read: only a 2xx
 * body is read at all (BR 3.2.2.4.18: a successful HTTP response), and never more than the cap.
 */
final class FileFetchBodyHandler implements BodyHandler<FileFetch> {

    private final long maxBytes;

    FileFetchBodyHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public BodySubscriber<FileFetch> apply(ResponseInfo info) {
        int status = info.statusCode();
        if (status >= 300 && status < 400) {
            // Following redirects is optional (BR 3.2.2.4.18); CertDesk never does, so the file
            // must be served at the Authorization Domain Name itself.
            String location = info.headers().firstValue("Location").orElse("(no Location header)");
            return BodySubscribers.replacing(new FileFetch.NotFound("HTTP " + status + " redirect to " + location + " not followed"));
        }
        if (status < 200 || status >= 300) {
            return BodySubscribers.replacing(new FileFetch.NotFound("HTTP " + status));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            return BodySubscribers.replacing(tooLarge());
        }
        return new CappedBodySubscriber(maxBytes);
    }

    static FileFetch.NotFound tooLarge() {
        return new FileFetch.NotFound("file too large");
    }
}
