package org.certdesk.adapters.ca.crl;

import java.time.Duration;

import org.certdesk.application.port.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Re-publishes every CA's CRL on a schedule, even when nothing was revoked: BR 4.9.7 asks for a new
 * CRL at least every four days (our certificates carry no OCSP pointer), and nextUpdate (seven days
 * by default) must never pass unrenewed. The first run, shortly after start, also gives a new
 * hierarchy its first CRLs (BR 4.9.7: within 24 hours of the first certificate).
 * {@code certdesk.ca.crl.republish-interval} defaults to a day; one node of a cluster publishes per interval.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CrlSchedule {

    private static final Logger log = LoggerFactory.getLogger(CrlSchedule.class);

    private final CrlPublisher publisher;
    private final OncePerCluster oncePerCluster;
    private final Duration interval;

    CrlSchedule(CrlPublisher publisher, OncePerCluster oncePerCluster,
                @Value("${certdesk.ca.crl.republish-interval:PT24H}") Duration interval) {
        this.publisher = publisher;
        this.oncePerCluster = oncePerCluster;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${certdesk.ca.crl.republish-initial-delay:PT1M}",
               fixedDelayString = "${certdesk.ca.crl.republish-interval:PT24H}")
    void republishAll() {
        oncePerCluster.run("crl-publication", interval, () -> {
            publisher.publishAll();
            log.info("Re-published the CRLs of the CA hierarchy.");
        });
    }
}
