package org.certdesk.adapters.async;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.certdesk.application.port.AsyncWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Background work on virtual threads: each task mostly waits on the network (DNS, HTTP, TLS), so
 * one cheap thread per task is the right shape. A failure is logged, never lost silently; the
 * work it was doing stays in the state the database last recorded (e.g. a processing challenge
 * the client sees as such until it expires).
 */
@Component
class VirtualThreadAsyncWork implements AsyncWork, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(VirtualThreadAsyncWork.class);

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("certdesk-async-", 0).factory());

    @Override
    public void submit(Runnable work) {
        executor.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Background work failed", e);
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
