package org.certdesk.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.admin.EditDemoZone;
import org.certdesk.application.port.DemoZoneAdministration.RecordType;
import org.certdesk.application.port.DemoZoneAdministration.ZoneRecord;
import org.certdesk.domain.account.Actor;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/** The CA admin's editor for the embedded default's demo DNS zone (TXT, A, CAA records). */
@Route(value = "admin/demo-zone")
@RolesAllowed("ADMIN")
public class DemoZoneView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ZoneRecord> records = new Grid<>();
    final TextField name = new TextField();
    final Select<RecordType> type = new Select<>();
    final TextField value = new TextField();
    final Button add = new Button();
    private final EditDemoZone editDemoZone;
    private final Actor actor;

    public DemoZoneView(EditDemoZone editDemoZone, CurrentUser currentUser) {
        this.editDemoZone = editDemoZone;
        this.actor = currentUser.actor();
        addClassName("demo-zone-view");
        setSizeFull();
        String zone = Errors.attempt(() -> editDemoZone.zoneName(actor)).orElse("");
        add(new H2(getTranslation("demoZone.title")));
        if (zone.isEmpty()) {
            add(new Paragraph(getTranslation("demoZone.off")));
            return;
        }
        add(new Paragraph(getTranslation("demoZone.hint", zone)));

        name.setLabel(getTranslation("demoZone.name"));
        name.setPlaceholder("_dnsauth.www." + zone);
        name.setId("demo-zone-name");
        type.setLabel(getTranslation("demoZone.type"));
        type.setItems(RecordType.values());
        type.setValue(RecordType.TXT);
        value.setLabel(getTranslation("demoZone.value"));
        value.setPlaceholder("0 issue \"certdesk.test\"");
        value.setId("demo-zone-value");
        name.setMaxLength(EditDemoZone.MAX_NAME_LENGTH);
        value.setMaxLength(EditDemoZone.MAX_VALUE_LENGTH);
        add.setText(getTranslation("demoZone.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("demo-zone-add");
        add.addClickListener(click -> {
            if (Errors.attempt(() -> editDemoZone.add(actor, new ZoneRecord(name.getValue(), type.getValue(), value.getValue())))) {
                value.clear();
                refresh();
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, type, value, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();

        records.setId("demo-zone-records");
        records.addColumn(ZoneRecord::name).setHeader(getTranslation("demoZone.name")).setFlexGrow(2);
        records.addColumn(r -> r.type().name()).setHeader(getTranslation("demoZone.type")).setAutoWidth(true);
        records.addColumn(ZoneRecord::value).setHeader(getTranslation("demoZone.value")).setFlexGrow(3);
        records.addComponentColumn(r -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                if (Errors.attempt(() -> editDemoZone.remove(actor, r)).isPresent()) {
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("demoZone.remove", r.name()));
            return remove;
        }).setAutoWidth(true);
        refresh();
        add(form, records);
    }

    void refresh() {
        records.setItems(Errors.attempt(() -> editDemoZone.records(actor)).orElse(java.util.List.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demoZone.title") + " · CertDesk";
    }
}
