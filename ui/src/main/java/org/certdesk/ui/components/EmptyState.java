package org.certdesk.ui.components;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A friendly "nothing here yet" block with an icon, a title and what to do next. */
public class EmptyState extends Composite<Div> {

    public EmptyState(VaadinIcon icon, String title, String hint) {
        Div root = getContent();
        root.addClassName("empty-state");
        var image = icon.create();
        image.addClassName("empty-state-icon");
        image.getElement().setAttribute("aria-hidden", "true");
        root.add(image, new H3(title), new Paragraph(hint));
    }
}
