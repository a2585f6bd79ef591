package org.certdesk.ui.console;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouterLink;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.domain.acme.RenewalWindow;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.ui.details.CertificateDetailsView;

/**
 * The Status column: an icon and the status on a button that opens a popover with the status text
 * and the action the domain's table gives the badge (seed: View Progress, View Cause, Download).
 * Keyboard reachable: the target is a button. For a certificate from an ACME order the popover
 * also names the account and the suggested renewal window, and for an application under way
 * who it waits on since when ("Waiting on you since 2 Dec"); both are looked up when it opens
 * (one query for the row asked about, not one per row drawn).
 *
 * <p>Under the badge of an application under way a second line says the same "Waiting on you
 * since 2 Dec" from the row itself (the list reads the window's clocks), marked when a step is
 * overdue.
 *
 * <p>The badges are one client-side template for the whole column ({@link #renderer()}) and this
 * one popover serves every row, filled for the badge clicked: a server-side button and popover
 * per row cost a session about 20 state nodes per visible row (docs/benchmarks.md).
 */
class CertificateStatusCell extends Composite<Popover> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * The badge of one row. A click points the shared popover at the clicked badge itself, in the
     * browser: an id per badge would repeat where the grid keeps a stale hidden row, and the
     * popover could open at that one.
     */
    private static final String TEMPLATE = """
            <vaadin-button theme="tertiary-inline small" class="status-badge ${item.statusClass}" aria-label="${item.statusAria}"
                           @click="${(e) => { const p = document.getElementById(item.popover); if (p) { p.target = e.currentTarget; } openStatus(); }}">
              <vaadin-icon icon="${item.statusIcon}" slot="prefix"></vaadin-icon>${item.statusLabel}
              <vaadin-tooltip slot="tooltip" text="${item.statusTooltip}"></vaadin-tooltip>
            </vaadin-button>
            <span class="status-waiting-line ${item.waitingClass}" ?hidden="${!item.waiting}">${item.waiting}</span>""";

    /** One per page, told to each badge so its click can find the popover. */
    private final String popoverId = "status-popover-" + UUID.randomUUID();
    private final CertificateActions actions;
    private final Function<CertificateId, Optional<RenewalWindow>> acmeRenewalWindow;

    CertificateStatusCell(CertificateActions actions, Function<CertificateId, Optional<RenewalWindow>> acmeRenewalWindow) {
        this.actions = actions;
        this.acmeRenewalWindow = acmeRenewalWindow;
        Popover popover = getContent();
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.addClassName("status-popover");
        popover.setId(popoverId);
        // Opened from the server once it is filled for the clicked row, not by the web component's own trigger.
        popover.setOpenOnClick(false);
    }

    LitRenderer<CertificateSummary> renderer() {
        return LitRenderer.<CertificateSummary>of(TEMPLATE)
                .withProperty("popover", c -> popoverId)
                .withProperty("statusClass", c -> "status-" + look(c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("statusIcon", c -> "vaadin:" + look(c).icon.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("statusLabel", this::label)
                .withProperty("statusAria", c -> getTranslation("status.aria", label(c)))
                .withProperty("statusTooltip", c -> getTranslation("status.tooltip"))
                .withProperty("waiting", c -> c.waitingOn().map(this::waitingLine).orElse(""))
                .withProperty("waitingClass", c -> c.waitingOn().filter(CertificateSummary.Waiting::overdue)
                        .map(overdue -> "status-waiting-overdue").orElse(""))
                .withFunction("openStatus", this::open);
    }

    /** The badge's text: the status as the customer reads it. */
    private String label(CertificateSummary certificate) {
        return getTranslation(look(certificate).translationKey());
    }

    /** "Waiting on the CA since 2 Dec", and "overdue" after it when a step is past its due date. */
    private String waitingLine(CertificateSummary.Waiting waiting) {
        String line = new ClockWords(this, waiting.asOf()).waiting(waiting.party(), waiting.since());
        return waiting.overdue() ? getTranslation("grid.waitingOverdue", line) : line;
    }

    private static StatusPresentation look(CertificateSummary certificate) {
        return StatusPresentation.of(certificate.displayStatus());
    }

    private void open(CertificateSummary certificate) {
        Popover popover = getContent();
        String label = label(certificate);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        Span title = new Span(label);
        title.addClassName("status-popover-title");
        content.add(title, new Paragraph(getTranslation(look(certificate).translationKey() + ".text")));
        certificate.acmeAccount().ifPresent(account -> {
            Paragraph source = new Paragraph(getTranslation("grid.acmeSource", account));
            source.addClassName("status-popover-source");
            Paragraph window = new Paragraph(acmeRenewalWindow.apply(certificate.id()).map(this::describe).orElse(""));
            window.addClassName("acme-renewal-window");
            content.add(source, window);
        });
        if (certificate.displayStatus() == DisplayStatus.VERIFYING) {
            Paragraph waiting = new Paragraph(actions.clocks(certificate).flatMap(clocks -> clocks.waitingOn()
                    .map(party -> new ClockWords(this, clocks).waiting(party, clocks.waitingSince()))).orElse(""));
            waiting.addClassName("status-waiting");
            content.add(waiting);
        }
        certificate.displayStatus().badgeAction().map(action -> button(action, certificate)).ifPresent(content::add);
        if (certificate.notBefore() != null) { // issued at some time: there is a signed certificate to look at
            RouterLink details = new RouterLink(getTranslation("details.open"), CertificateDetailsView.class,
                    CertificateDetailsView.parameters(certificate.id()));
            details.addClassName("status-popover-details");
            content.add(details);
        }
        popover.removeAll();
        popover.add(content);
        popover.setAriaLabel(label);
        popover.open();
    }

    private String describe(RenewalWindow window) {
        String text = getTranslation("grid.acmeRenewalWindow", WHEN.format(window.start()), WHEN.format(window.end()));
        return window.explanation().map(reason -> text + " (" + reason + ")").orElse(text);
    }

    private Button button(CertificateAction which, CertificateSummary certificate) {
        Button action = new Button(getTranslation(actions.translationKey(which)), click -> actions.perform(which, certificate));
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        action.addClassName("status-popover-action");
        action.addClickListener(click -> getContent().close());
        return action;
    }
}
