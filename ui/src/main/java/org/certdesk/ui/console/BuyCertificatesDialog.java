package org.certdesk.ui.console;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.components.Errors;

/**
 * The simulated purchase: brand, validation type, coverage, names per certificate (multi-domain)
 * and quantity. The seed's rules are the domain's: an EV wildcard cannot be bought, nor a
 * multi-domain wildcard OV/EV (that is made by combining).
 */
class BuyCertificatesDialog extends Dialog {

    static final List<String> BRANDS = List.of("CertDesk", "CertDesk Trust");

    final Select<String> brand = new Select<>();
    final RadioButtonGroup<ValidationType> type = new RadioButtonGroup<>();
    final RadioButtonGroup<Coverage> coverage = new RadioButtonGroup<>();
    final IntegerField nameSlots = new IntegerField();
    final IntegerField quantity = new IntegerField();
    final Button confirm = new Button();

    BuyCertificatesDialog(BuyCertificates buyCertificates, Actor actor, Consumer<List<CertificateId>> bought) {
        setHeaderTitle(getTranslation("buy.title"));
        addClassName("buy-dialog");

        brand.setLabel(getTranslation("buy.brand"));
        brand.setItems(BRANDS);
        brand.setValue(BRANDS.getFirst());

        type.setLabel(getTranslation("buy.type"));
        type.setItems(ValidationType.values());
        type.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        type.setValue(ValidationType.DV);
        type.setId("buy-type");

        coverage.setLabel(getTranslation("buy.coverage"));
        coverage.setItems(Coverage.values());
        coverage.setItemLabelGenerator(c -> getTranslation("coverage." + c.name()));
        coverage.setValue(Coverage.SINGLE);
        coverage.addValueChangeListener(change -> nameSlots.setVisible(change.getValue() == Coverage.MULTI_DOMAIN));

        nameSlots.setLabel(getTranslation("buy.nameSlots"));
        nameSlots.setMin(2);
        nameSlots.setMax(250);
        nameSlots.setValue(2);
        nameSlots.setStepButtonsVisible(true);
        nameSlots.setVisible(false);

        quantity.setLabel(getTranslation("buy.quantity"));
        quantity.setMin(1);
        quantity.setMax(BuyCertificates.MAX_QUANTITY);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        quantity.setId("buy-quantity");

        FormLayout form = new FormLayout(brand, type, coverage, nameSlots, quantity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("buy.hint")), form);

        confirm.setText(getTranslation("buy.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("buy-confirm");
        confirm.addClickListener(click -> {
            Integer slots = coverage.getValue() == Coverage.MULTI_DOMAIN ? nameSlots.getValue() : Integer.valueOf(1);
            Integer count = quantity.getValue();
            if (count == null || slots == null) {
                quantity.setInvalid(count == null);
                quantity.setErrorMessage(getTranslation("buy.quantityRequired"));
                return;
            }
            Errors.attempt(() -> buyCertificates.buy(new BuyCertificates.Command(actor, brand.getValue(), type.getValue(),
                    coverage.getValue(), slots, count))).ifPresent(ids -> {
                close();
                bought.accept(ids);
            });
        });
        Button cancel = new Button(getTranslation("dialog.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
