package org.certdesk.ui.admin;

import java.time.Duration;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.simulation.ManageSimulation;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.simulation.SimulationSettings;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/** The CA admin's simulation settings: DV auto-approval and the speed factor of the CA's waits. */
@Route(value = "admin/simulation")
@RolesAllowed("ADMIN")
public class SimulationView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox autoApproveDv = new Checkbox();
    final IntegerField speedFactor = new IntegerField();
    final Button save = new Button();
    final Paragraph pace = new Paragraph();
    private final SimulationPace simulationPace;

    public SimulationView(ManageSimulation manageSimulation, SimulationPace simulationPace, CurrentUser currentUser) {
        this.simulationPace = simulationPace;
        Actor actor = currentUser.actor();
        addClassName("simulation-view");

        autoApproveDv.setId("simulation-auto-approve-dv");
        autoApproveDv.setLabel(getTranslation("simulation.autoApproveDv"));
        speedFactor.setId("simulation-speed-factor");
        speedFactor.setLabel(getTranslation("simulation.speedFactor"));
        speedFactor.setHelperText(getTranslation("simulation.speedFactor.help", String.valueOf(SimulationSettings.MAX_SPEED_FACTOR)));
        speedFactor.setMin(1);
        speedFactor.setMax(SimulationSettings.MAX_SPEED_FACTOR);
        speedFactor.setStepButtonsVisible(true);
        speedFactor.setSuffixComponent(new Span("×"));
        Errors.attempt(() -> manageSimulation.current(actor)).ifPresent(this::show);
        pace.setId("simulation-pace");

        save.setId("simulation-save");
        save.setText(getTranslation("simulation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> settings().flatMap(settings -> Errors.attempt(() -> manageSimulation.change(actor, settings)))
                .ifPresent(saved -> {
                    show(saved);
                    Errors.success(getTranslation("simulation.saved"));
                }));

        add(new H2(getTranslation("simulation.title")), new Paragraph(getTranslation("simulation.hint")),
                autoApproveDv, speedFactor, save, pace);
    }

    /** The settings as entered, or empty with the reason shown at the speed field. */
    private Optional<SimulationSettings> settings() {
        Integer factor = speedFactor.getValue();
        if (factor == null) {
            return refuse(getTranslation("simulation.speedFactor.required", String.valueOf(SimulationSettings.MAX_SPEED_FACTOR)));
        }
        try {
            SimulationSettings settings = new SimulationSettings(autoApproveDv.getValue(), factor);
            speedFactor.setInvalid(false);
            return Optional.of(settings);
        } catch (DomainException refused) {
            return refuse(refused.messageIn(getLocale()));
        }
    }

    private Optional<SimulationSettings> refuse(String reason) {
        speedFactor.setErrorMessage(reason);
        speedFactor.setInvalid(true);
        return Optional.empty();
    }

    private void show(SimulationSettings settings) {
        autoApproveDv.setValue(settings.autoApproveDv());
        speedFactor.setValue(settings.speedFactor());
        pace.setText(getTranslation("simulation.pace", seconds(simulationPace.recheckInterval()),
                seconds(simulationPace.sweepInterval())));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulation.title") + " · CertDesk";
    }
}
