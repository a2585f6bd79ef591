package org.certdesk.ui.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.certdesk.application.port.ReviewQueueQuery;
import org.certdesk.domain.certificate.ValidationType;
import org.springframework.stereotype.Component;

/**
 * {@code certdesk.review.queue}: applications waiting for the CA, by validation type, counted
 * in the database at each scrape — the same figure on every node of a cluster.
 */
@Component
class ReviewQueueGauges implements MeterBinder {

    private final ReviewQueueQuery queue;

    ReviewQueueGauges(ReviewQueueQuery queue) {
        this.queue = queue;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        for (ValidationType type : ValidationType.values()) {
            Gauge.builder("certdesk.review.queue", () -> queue.count(new ReviewQueueQuery.Criteria(type, null, null, null, null)))
                    .tag("type", type.name())
                    .description("Applications waiting for the CA")
                    .register(meters);
        }
    }
}
