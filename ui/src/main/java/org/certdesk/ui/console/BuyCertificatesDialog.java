package org.certdesk.ui.console;

import java.util.List;
import java.util.Set;
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
import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.components.Errors;

/**
 * The simulated purchase: brand, validation type, coverage, names per certificate (multi-domain)
 * and quantity. Only what the product catalogue sells is offered; the seed's rules are the
 * domain's: an EV wildcard cannot be bought, nor a multi-domain wildcard OV/EV (that is made by
 * combining).
 */
class BuyCertificatesDialog extends Dialog {

    final Select<BrandOffer> brand = new Select<>();
    final RadioButtonGroup<ValidationType> type = new RadioButtonGroup<>();
    final RadioButtonGroup<Coverage> coverage = new RadioButtonGroup<>();
    final IntegerField nameSlots = new IntegerField();
    final IntegerField quantity = new IntegerField();
    final Button confirm = new Button();

    BuyCertificatesDialog(BuyCertificates buyCertificates, Actor actor, Consumer<List<CertificateId>> bought) {
        setHeaderTitle(getTranslation("buy.title"));
        addClassName("buy-dialog");

        List<BrandOffer> offers = Errors.attempt(() -> buyCertificates.offers(actor)).orElse(List.of());
        brand.setLabel(getTranslation("buy.brand"));
        brand.setItems(offers);
        brand.setItemLabelGenerator(BrandOffer::brand);
        brand.setId("buy-brand");

        type.setLabel(getTranslation("buy.type"));
        type.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        type.setId("buy-type");

        coverage.setLabel(getTranslation("buy.coverage"));
        coverage.setItemLabelGenerator(c -> getTranslation("coverage." + c.name()));
        coverage.setId("buy-coverage");
        coverage.addValueChangeListener(change -> nameSlots.setVisible(change.getValue() == Coverage.MULTI_DOMAIN));

        nameSlots.setLabel(getTranslation("buy.nameSlots"));
        nameSlots.setMin(2);
        nameSlots.setValue(2);
        nameSlots.setStepButtonsVisible(true);
        nameSlots.setVisible(false);

        quantity.setLabel(getTranslation("buy.quantity"));
        quantity.setMin(1);
        quantity.setMax(BuyCertificates.MAX_QUANTITY);
        quantity.setValue(1);
        quantity.setStepButtonsVisible(true);
        quantity.setId("buy-quantity");

        brand.addValueChangeListener(change -> offerTypes());
        type.addValueChangeListener(change -> offerCoverages());
        FormLayout form = new FormLayout(brand, type, coverage, nameSlots, quantity);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation(offers.isEmpty() ? "buy.nothingOnSale" : "buy.hint")), form);
        form.setVisible(!offers.isEmpty());
        confirm.setEnabled(!offers.isEmpty());
        if (!offers.isEmpty()) {
            brand.setValue(offers.getFirst());
        }

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
            Errors.attempt(() -> buyCertificates.buy(new BuyCertificates.Command(actor, brand.getValue().brand(), type.getValue(),
                    coverage.getValue(), slots, count))).ifPresent(ids -> {
                close();
                bought.accept(ids);
            });
        });
        Button cancel = new Button(getTranslation("dialog.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    /** The brand's validation types, keeping the chosen one where the brand sells it. */
    private void offerTypes() {
        BrandOffer offer = brand.getValue();
        if (offer == null) {
            return;
        }
        ValidationType chosen = type.getValue();
        type.setItems(offer.types());
        type.setValue(offer.types().contains(chosen) ? chosen : offer.types().iterator().next());
        nameSlots.setMax(offer.maxNameSlots());
        offerCoverages();
    }

    /** The coverages on sale for the brand and type (never an EV wildcard), keeping the chosen one where possible. */
    private void offerCoverages() {
        if (brand.getValue() == null || type.getValue() == null) {
            return;
        }
        Set<Coverage> offered = brand.getValue().coveragesFor(type.getValue());
        Coverage chosen = coverage.getValue();
        coverage.setItems(offered);
        coverage.setValue(offered.contains(chosen) ? chosen : offered.stream().findFirst().orElse(null));
    }
}
