package org.certdesk.application.port;

import java.util.Optional;

import org.certdesk.domain.simulation.SimulationSettings;

/** Port: the one stored set of simulation settings (empty until the admin first saves). */
public interface SimulationSettingsStore {

    Optional<SimulationSettings> load();

    void save(SimulationSettings settings);
}
