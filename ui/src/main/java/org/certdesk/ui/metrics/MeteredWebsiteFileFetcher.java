package org.certdesk.ui.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.certdesk.domain.verification.WebsiteFileFetcher;

/** Counts validation's website file fetches (BR 3.2.2.4.18) as {@code certdesk.validation.file} by answer. */
public final class MeteredWebsiteFileFetcher implements WebsiteFileFetcher {

    private final WebsiteFileFetcher files;
    private final MeterRegistry meters;

    public MeteredWebsiteFileFetcher(WebsiteFileFetcher files, MeterRegistry meters) {
        this.files = files;
        this.meters = meters;
    }

    @Override
    public FileFetch fetch(String url) {
        FileFetch fetched = files.fetch(url);
        String seen = switch (fetched) {
            case FileFetch.Content content -> "content";
            case FileFetch.NotFound notFound -> "not-found";
            case FileFetch.TimedOut timedOut -> "timeout";
        };
        Counter.builder("certdesk.validation.file").tag("answer", seen).register(meters).increment();
        return fetched;
    }
}
