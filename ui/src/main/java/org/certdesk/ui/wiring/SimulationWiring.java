package org.certdesk.ui.wiring;

import java.time.Clock;
import java.time.Duration;

import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.simulation.ManageSimulation;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.domain.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.simulation}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class SimulationWiring {

    /** The 1x intervals are configurable; the admin's speed factor divides them at run time. */
    @Bean
    SimulationPace simulationPace(SimulationSettingsStore store, Transactions transactions,
                                  @Value("${certdesk.scheduler.recheck-interval:PT2M}") Duration recheckInterval,
                                  @Value("${certdesk.scheduler.sweep-interval:PT1H}") Duration sweepInterval) {
        return new SimulationPace(store, transactions, recheckInterval, sweepInterval);
    }

    @Bean
    ManageSimulation manageSimulation(SimulationSettingsStore store, AuditLog auditLog, Transactions transactions, Clock clock) {
        return new ManageSimulation(store, auditLog, transactions, clock);
    }
}
