package org.certdesk.application.simulation;

import java.time.Clock;

import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.simulation.SimulationSettings;
import org.certdesk.domain.shared.Refusal;

/** Use case: the CA admin reads and changes the simulation settings; each change is audited. */
public class ManageSimulation {

    private final SimulationSettingsStore store;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public ManageSimulation(SimulationSettingsStore store, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.store = store;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SimulationSettings current(Actor actor) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> store.load().orElse(SimulationSettings.DEFAULT));
    }

    public SimulationSettings change(Actor actor, SimulationSettings settings) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> {
            SimulationSettings before = store.load().orElse(SimulationSettings.DEFAULT);
            store.save(settings);
            auditLog.record(AuditEntry.of(actor, clock.instant(), null, null, "Simulation settings changed", null, null,
                    describe(before) + " -> " + describe(settings)));
            return settings;
        });
    }

    private static String describe(SimulationSettings settings) {
        return "DV auto-approval " + (settings.autoApproveDv() ? "on" : "off") + ", speed " + settings.speedFactor() + "x";
    }

    /** A signed-in admin, not the system actor: the audit log names a person. */
    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN || actor.account() == null) {
            throw new NotPermittedException(Refusal.of("permission.simulation"));
        }
    }
}
