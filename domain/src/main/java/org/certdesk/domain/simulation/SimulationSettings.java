package org.certdesk.domain.simulation;

import java.time.Duration;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * How the simulated CA behaves (SPEC "Progress"): whether a DV application is issued as soon as
 * its checks pass or waits for a reviewer, and a speed factor that shortens the CA's waits so a
 * demo completes in minutes. Business-calendar arithmetic is not accelerated.
 */
public record SimulationSettings(boolean autoApproveDv, int speedFactor) {

    public static final int MAX_SPEED_FACTOR = 1000;
    public static final SimulationSettings DEFAULT = new SimulationSettings(true, 1);
    /** However fast the demo, the CA never polls DNS more often than this. */
    static final Duration SHORTEST_WAIT = Duration.ofSeconds(1);

    public SimulationSettings {
        if (speedFactor < 1 || speedFactor > MAX_SPEED_FACTOR) {
            throw new DomainException(Refusal.of("simulation.speedFactor", String.valueOf(MAX_SPEED_FACTOR), String.valueOf(speedFactor)));
        }
    }

    /** A wait of the CA at this speed: the real-time wait divided by the factor, at least one second. */
    public Duration accelerate(Duration wait) {
        Duration accelerated = wait.dividedBy(speedFactor);
        return accelerated.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : accelerated;
    }
}
