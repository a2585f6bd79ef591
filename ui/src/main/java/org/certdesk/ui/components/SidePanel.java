package org.certdesk.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A dialog that slides in from the right like a cloud console's drawer (styled in app.css). */
public class SidePanel extends Dialog {

    public SidePanel(String title) {
        setHeaderTitle(title);
        addClassName("side-panel");
        setModal(true);
        setDraggable(false);
        setResizable(false);
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("panel.close"));
        getHeader().add(close);
    }
}
