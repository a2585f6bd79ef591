package org.certdesk.ui.admin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.catalogue.EditProductCatalogue;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.catalogue.BrandOffer;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The CA admin's product catalogue: the brands the Buy dialog offers and, per brand, the
 * validation types and coverages it sells. Each change is saved at once; a refusal is shown and
 * the row reverts.
 */
@Route(value = "admin/products")
@RolesAllowed("ADMIN")
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BrandOffer> brands = new Grid<>();
    final TextField newBrand = new TextField();
    final Button addBrand = new Button();
    private final EditProductCatalogue catalogue;
    private final Actor actor;

    public ProductsView(EditProductCatalogue catalogue, CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.actor = currentUser.actor();
        addClassName("products-view");
        setSizeFull();

        newBrand.setLabel(getTranslation("products.newBrand"));
        newBrand.setId("new-brand");
        newBrand.setMaxLength(BrandOffer.MAX_BRAND_LENGTH);
        addBrand.setText(getTranslation("products.addBrand"));
        addBrand.setIcon(VaadinIcon.PLUS.create());
        addBrand.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addBrand.setId("add-brand");
        addBrand.addClickListener(click -> add());
        HorizontalLayout form = new HorizontalLayout(newBrand, addBrand);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        brands.setId("brands");
        brands.addColumn(BrandOffer::brand).setHeader(getTranslation("products.col.brand")).setAutoWidth(true).setFlexGrow(1);
        for (ValidationType type : ValidationType.values()) {
            brands.addComponentColumn(offer -> toggle(offer, type.name(), offer.types().contains(type),
                            on -> change(offer, flip(offer.types(), type, on), offer.coverages(), offer.maxNameSlots())))
                    .setHeader(type.name()).setAutoWidth(true);
        }
        for (Coverage coverage : Coverage.values()) {
            String label = getTranslation("coverage." + coverage.name());
            brands.addComponentColumn(offer -> toggle(offer, label, offer.coverages().contains(coverage),
                            on -> change(offer, offer.types(), flip(offer.coverages(), coverage, on), offer.maxNameSlots())))
                    .setHeader(label).setAutoWidth(true);
        }
        brands.addComponentColumn(this::maxNames).setHeader(getTranslation("products.col.maxNames")).setAutoWidth(true);
        // Auto width measures the cell before its button renders and clips it; a fixed width does not.
        brands.addComponentColumn(this::status).setHeader(getTranslation("products.col.status")).setWidth("13em").setFlexGrow(0);
        add(new H2(getTranslation("products.title")), new Paragraph(getTranslation("products.hint")), form, brands);
        refresh();
    }

    private void add() {
        Errors.attempt(() -> catalogue.addBrand(actor, newBrand.getValue())).ifPresent(added -> {
            Errors.success(getTranslation("products.added", added.brand()));
            newBrand.clear();
            refresh();
        });
    }

    private Checkbox toggle(BrandOffer offer, String what, boolean checked, Consumer<Boolean> changed) {
        Checkbox box = new Checkbox(checked);
        box.setAriaLabel(offer.brand() + ": " + what);
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.accept(change.getValue());
            }
        });
        return box;
    }

    private IntegerField maxNames(BrandOffer offer) {
        IntegerField field = new IntegerField();
        field.setValue(offer.maxNameSlots());
        field.setMin(2);
        field.setMax(BrandOffer.MAX_NAME_SLOTS);
        field.setWidth("7em");
        field.setAriaLabel(offer.brand() + ": " + getTranslation("products.col.maxNames"));
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                change(offer, offer.types(), offer.coverages(), change.getValue() == null ? 0 : change.getValue());
            }
        });
        return field;
    }

    private HorizontalLayout status(BrandOffer offer) {
        Span badge = new Span(getTranslation(offer.enabled() ? "products.onSale" : "products.disabled"));
        badge.getElement().getThemeList().add(offer.enabled() ? "badge success" : "badge contrast");
        String key = offer.enabled() ? "products.disable" : "products.enable";
        Button toggle = new Button(getTranslation(key), click -> {
            if (Errors.attempt(() -> catalogue.setEnabled(actor, offer.brand(), !offer.enabled())).isPresent()) {
                refresh();
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel(getTranslation(key + "Of", offer.brand()));
        HorizontalLayout cell = new HorizontalLayout(badge, toggle);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private void change(BrandOffer offer, Set<ValidationType> types, Set<Coverage> coverages, int maxNames) {
        Errors.attempt(() -> catalogue.changeAllowances(actor, offer.brand(), types, coverages, maxNames));
        refresh(); // shows the saved offer, or reverts a refused change
    }

    private static <E extends Enum<E>> Set<E> flip(Set<E> current, E value, boolean on) {
        Set<E> changed = current.isEmpty() ? EnumSet.noneOf(value.getDeclaringClass()) : EnumSet.copyOf(current);
        if (on) {
            changed.add(value);
        } else {
            changed.remove(value);
        }
        return changed;
    }

    private void refresh() {
        brands.setItems(Errors.attempt(() -> catalogue.brands(actor)).orElse(List.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("products.title") + " · CertDesk";
    }
}
