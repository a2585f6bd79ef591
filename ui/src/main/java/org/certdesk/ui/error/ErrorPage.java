package org.certdesk.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The shared look of error pages: what happened in one sentence, and a way back. */
abstract class ErrorPage extends VerticalLayout {

    protected ErrorPage() {
        addClassName("error-page");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    }

    protected void show(VaadinIcon icon, String title, String message) {
        removeAll();
        var image = icon.create();
        image.addClassName("error-page-icon");
        image.getElement().setAttribute("aria-hidden", "true");
        H1 heading = new H1(title);
        heading.setId("error-title");
        add(image, heading, new Paragraph(message), new Anchor("", getTranslation("error.backHome")));
    }
}
