package org.certdesk.ui.console;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.domain.acme.RenewalWindow;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.ui.details.CertificateDetailsView;

/**
 * The Status column: an icon and the status, a button that opens a popover with the status text
 * and the action the domain's table gives the badge (seed: View Progress, View Cause, Download).
 * Keyboard reachable: the target is a button. For a certificate from an ACME order the popover
 * also names the account and the suggested renewal window, and for an application under way
 * who it waits on since when ("Waiting on you since 2 Dec"); both are looked up when it opens
 * (one query for the row asked about, not one per row drawn).
 */
class CertificateStatusCell extends Composite<HorizontalLayout> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    CertificateStatusCell(CertificateSummary certificate, CertificateActions actions,
                          Function<CertificateId, Optional<RenewalWindow>> acmeRenewalWindow) {
        StatusPresentation look = StatusPresentation.of(certificate.displayStatus());
        String label = getTranslation(look.translationKey());

        Button badge = new Button(label, look.icon.create());
        badge.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        badge.addClassNames("status-badge", "status-" + look.name().toLowerCase().replace('_', '-'));
        badge.getElement().setAttribute("aria-label", getTranslation("status.aria", label));
        badge.setTooltipText(getTranslation("status.tooltip"));

        Popover popover = new Popover();
        popover.setTarget(badge);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.addClassName("status-popover");
        popover.setAriaLabel(label);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        Span title = new Span(label);
        title.addClassName("status-popover-title");
        content.add(title, new Paragraph(getTranslation(look.translationKey() + ".text")));
        certificate.acmeAccount().ifPresent(account -> {
            Paragraph source = new Paragraph(getTranslation("grid.acmeSource", account));
            source.addClassName("status-popover-source");
            Paragraph window = new Paragraph();
            window.addClassName("acme-renewal-window");
            content.add(source, window);
            popover.addOpenedChangeListener(opened -> {
                if (opened.isOpened()) {
                    window.setText(acmeRenewalWindow.apply(certificate.id()).map(this::describe).orElse(""));
                }
            });
        });
        if (certificate.displayStatus() == DisplayStatus.VERIFYING) {
            Paragraph waiting = new Paragraph();
            waiting.addClassName("status-waiting");
            content.add(waiting);
            popover.addOpenedChangeListener(opened -> {
                if (opened.isOpened()) {
                    waiting.setText(actions.clocks(certificate).flatMap(clocks -> clocks.waitingOn()
                            .map(party -> new ClockWords(this, clocks).waiting(party, clocks.waitingSince()))).orElse(""));
                }
            });
        }
        certificate.displayStatus().badgeAction()
                .map(action -> button(action, certificate, actions, popover)).ifPresent(content::add);
        if (certificate.notBefore() != null) { // issued at some time: there is a signed certificate to look at
            RouterLink details = new RouterLink(getTranslation("details.open"), CertificateDetailsView.class,
                    CertificateDetailsView.parameters(certificate.id()));
            details.addClassName("status-popover-details");
            content.add(details);
        }
        popover.add(content);

        getContent().setPadding(false);
        getContent().add(badge, popover);
    }

    private String describe(RenewalWindow window) {
        String text = getTranslation("grid.acmeRenewalWindow", WHEN.format(window.start()), WHEN.format(window.end()));
        return window.explanation().map(reason -> text + " (" + reason + ")").orElse(text);
    }

    private Button button(CertificateAction which, CertificateSummary certificate, CertificateActions actions, Popover popover) {
        Button action = new Button(getTranslation(actions.translationKey(which)), click -> actions.perform(which, certificate));
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        action.addClassName("status-popover-action");
        action.addClickListener(click -> popover.close());
        return action;
    }
}
