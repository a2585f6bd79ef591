package org.certdesk.adapters.persistence.simulation;

import java.util.Optional;

import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.domain.simulation.SimulationSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The single row of simulation_settings. */
@Component
class JdbcSimulationSettings implements SimulationSettingsStore {

    private final JdbcClient jdbc;

    JdbcSimulationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SimulationSettings> load() {
        return jdbc.sql("SELECT auto_approve_dv, speed_factor FROM simulation_settings WHERE id = 1")
                .query((rs, n) -> new SimulationSettings(rs.getBoolean("auto_approve_dv"), rs.getInt("speed_factor")))
                .optional();
    }

    @Override
    public void save(SimulationSettings settings) {
        jdbc.sql("""
                INSERT INTO simulation_settings (id, auto_approve_dv, speed_factor) VALUES (1, :auto, :speed)
                ON DUPLICATE KEY UPDATE auto_approve_dv = VALUES(auto_approve_dv), speed_factor = VALUES(speed_factor)""")
                .param("auto", settings.autoApproveDv()).param("speed", settings.speedFactor())
                .update();
    }
}
