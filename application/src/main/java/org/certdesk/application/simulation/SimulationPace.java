package org.certdesk.application.simulation;

import java.time.Duration;

import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.simulation.SimulationSettings;

/**
 * What the CA's automation asks at the moment it acts, so an admin's change applies without a
 * restart: whether DV is issued once its checks pass, and how long to wait before the next
 * domain re-check and the next sweep at the current speed factor (from their 1x intervals).
 */
public class SimulationPace {

    private final SimulationSettingsStore store;
    private final Transactions transactions;
    private final Duration recheckInterval;
    private final Duration sweepInterval;

    public SimulationPace(SimulationSettingsStore store, Transactions transactions, Duration recheckInterval,
                          Duration sweepInterval) {
        this.store = store;
        this.transactions = transactions;
        this.recheckInterval = recheckInterval;
        this.sweepInterval = sweepInterval;
    }

    public boolean autoApproveDv() {
        return settings().autoApproveDv();
    }

    public Duration recheckInterval() {
        return settings().accelerate(recheckInterval);
    }

    public Duration sweepInterval() {
        return settings().accelerate(sweepInterval);
    }

    private SimulationSettings settings() {
        return transactions.inTransaction(() -> store.load().orElse(SimulationSettings.DEFAULT));
    }
}
