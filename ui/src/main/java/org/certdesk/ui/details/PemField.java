package org.certdesk.ui.details;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.certdesk.ui.components.Errors;

/**
 * PEM text in a read-only area with a copy button. Vaadin has no clipboard component, so the
 * browser's own {@code navigator.clipboard} does the copying; where it refuses (an insecure
 * origin), the person is told to select the text instead.
 */
class PemField extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button copy = new Button();

    PemField(String idStem, String labelKey, String pem) {
        setPadding(false);
        setSpacing(false);
        addClassName("pem-field");
        text.setLabel(getTranslation(labelKey));
        text.setValue(pem);
        text.setReadOnly(true);
        text.setWidthFull();
        text.setMaxHeight("16em");
        text.setId("pem-" + idStem);
        text.addClassName("pem-text");
        copy.setText(getTranslation("details.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.setId("copy-" + idStem + "-pem");
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true, () => false)", pem)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Errors.success(getTranslation("details.copied"));
                    } else {
                        Errors.show(getTranslation("details.copyFailed"));
                    }
                }));
        add(text, copy);
    }
}
