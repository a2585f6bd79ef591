package org.certdesk.ui.components;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.certdesk.application.progress.Progress.Lookalike;

/**
 * Warnings for bound names that can pass for a Latin name (whole-script confusables, UTS #39),
 * for the customer and the reviewer alike; nothing is shown when there are none.
 */
public class LookalikeWarnings extends Composite<Div> {

    public LookalikeWarnings(String id, List<Lookalike> lookalikes) {
        Div root = getContent();
        root.setId(id);
        root.addClassName("lookalike-warnings");
        root.setVisible(!lookalikes.isEmpty());
        for (Lookalike lookalike : lookalikes) {
            var icon = VaadinIcon.WARNING.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Paragraph warning = new Paragraph(icon, new com.vaadin.flow.component.html.Span(
                    getTranslation("lookalike.warning", lookalike.name(), lookalike.looksLike())));
            warning.addClassName("lookalike-warning");
            root.add(warning);
        }
    }
}
