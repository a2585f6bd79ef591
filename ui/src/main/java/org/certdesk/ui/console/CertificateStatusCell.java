package org.certdesk.ui.console;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import org.certdesk.application.listing.CertificateSummary;

/**
 * The Status column: an icon and the status, a button that opens a popover with the status text
 * and the action that fits it (seed: View Progress, View Cause, Download). Keyboard reachable:
 * the target is a button.
 */
class CertificateStatusCell extends Composite<HorizontalLayout> {

    CertificateStatusCell(CertificateSummary certificate, CertificateActions actions) {
        StatusPresentation look = StatusPresentation.of(certificate.status(), "Pending Expiration".equals(certificate.displayStatus()));
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
        actionFor(certificate, actions, popover).ifPresent(content::add);
        popover.add(content);

        getContent().setPadding(false);
        getContent().add(badge, popover);
    }

    private java.util.Optional<Button> actionFor(CertificateSummary certificate, CertificateActions actions, Popover popover) {
        Button action = switch (certificate.status()) {
            case VERIFYING -> new Button(getTranslation("action.viewProgress"), click -> actions.showProgress(certificate));
            case VALIDATION_FAILED -> new Button(getTranslation("action.viewCause"), click -> actions.showCause(certificate));
            case ISSUED, EXPIRED -> new Button(getTranslation("action.download"), click -> actions.download(certificate));
            default -> null;
        };
        if (action == null) {
            return java.util.Optional.empty();
        }
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        action.addClassName("status-popover-action");
        action.addClickListener(click -> popover.close());
        return java.util.Optional.of(action);
    }
}
