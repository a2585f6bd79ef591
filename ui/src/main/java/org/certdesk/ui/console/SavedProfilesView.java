package org.certdesk.ui.console;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.profile.DeleteCompanyProfile;
import org.certdesk.application.profile.DeleteSavedContact;
import org.certdesk.application.profile.EditCompanyProfile;
import org.certdesk.application.profile.EditSavedContact;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.SavedContact;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * Information Management, "Contacts and companies": the tenant's saved contacts and company
 * profiles the Apply panel picks from, to correct or delete. Applications copy what they were
 * sent with, so a change here reaches only the applications submitted after it.
 */
@Route(value = "settings/profiles")
@RolesAllowed("CUSTOMER")
public class SavedProfilesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SavedContact> contacts = new Grid<>();
    final Grid<CompanyProfile> companies = new Grid<>();
    private final Actor actor;
    private final ManageProfiles manageProfiles;

    public SavedProfilesView(ManageProfiles manageProfiles, EditSavedContact editContact, DeleteSavedContact deleteContact,
                             EditCompanyProfile editCompany, DeleteCompanyProfile deleteCompany, CurrentUser currentUser) {
        this.actor = currentUser.actor();
        this.manageProfiles = manageProfiles;
        addClassName("saved-profiles-view");

        contacts.setId("saved-contacts");
        contacts.addColumn(c -> c.contact().name()).setHeader(getTranslation("apply.contactName")).setAutoWidth(true);
        contacts.addColumn(c -> c.contact().email().value()).setHeader(getTranslation("apply.contactEmail")).setAutoWidth(true);
        contacts.addColumn(c -> c.contact().phone().value()).setHeader(getTranslation("apply.contactPhone")).setAutoWidth(true);
        contacts.addComponentColumn(c -> actions(c.label(),
                () -> new ContactDialog(c, edited -> editContact.edit(actor, c.id(), edited), this::saved).open(),
                () -> confirmDeletion("profiles.deleteContact", c.label(), () -> deleteContact.delete(actor, c.id()))))
                .setHeader(getTranslation("profiles.actions")).setAutoWidth(true);
        contacts.setAllRowsVisible(true);

        companies.setId("saved-companies");
        companies.addColumn(c -> c.organization().legalName()).setHeader(getTranslation("apply.org.legalName")).setAutoWidth(true);
        companies.addColumn(c -> c.organization().registrationNumber()).setHeader(getTranslation("profiles.registrationNumber"))
                .setAutoWidth(true);
        companies.addColumn(c -> c.organization().city() + ", " + c.organization().country())
                .setHeader(getTranslation("profiles.place")).setAutoWidth(true);
        companies.addComponentColumn(c -> actions(c.label(),
                () -> new CompanyDialog(c, edited -> editCompany.edit(actor, c.id(), edited), this::saved).open(),
                () -> confirmDeletion("profiles.deleteCompany", c.label(), () -> deleteCompany.delete(actor, c.id()))))
                .setHeader(getTranslation("profiles.actions")).setAutoWidth(true);
        companies.setAllRowsVisible(true);

        add(new H2(getTranslation("settings.title")), new H3(getTranslation("profiles.title")),
                new Paragraph(getTranslation("profiles.hint")),
                new H3(getTranslation("profiles.contacts")), contacts,
                new H3(getTranslation("profiles.companies")), companies);
        refresh();
    }

    private Component actions(String label, Runnable edit, Runnable delete) {
        Button editButton = new Button(VaadinIcon.EDIT.create(), click -> edit.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editButton.addClassName("profile-edit");
        editButton.setAriaLabel(getTranslation("profiles.editOf", label));
        editButton.setTooltipText(getTranslation("profiles.edit"));
        Button deleteButton = new Button(VaadinIcon.TRASH.create(), click -> delete.run());
        deleteButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deleteButton.addClassName("profile-delete");
        deleteButton.setAriaLabel(getTranslation("profiles.deleteOf", label));
        deleteButton.setTooltipText(getTranslation("profiles.delete"));
        return new HorizontalLayout(editButton, deleteButton);
    }

    /** Asks first: the entry is gone for later applications (submitted ones keep their copy). */
    private void confirmDeletion(String keyPrefix, String label, Runnable delete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("profile-delete-dialog");
        dialog.setHeader(getTranslation(keyPrefix + ".title"));
        dialog.setText(getTranslation(keyPrefix + ".text", label));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("profiles.keep"));
        dialog.setConfirmText(getTranslation("profiles.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            if (Errors.attempt(delete)) {
                Errors.success(getTranslation("profiles.deleted", label));
            }
            refresh();
        });
        dialog.open();
    }

    private void saved() {
        Errors.success(getTranslation("profiles.saved"));
        refresh();
    }

    private void refresh() {
        show(contacts, manageProfiles::contacts, "profiles.noContacts");
        show(companies, manageProfiles::companies, "profiles.noCompanies");
    }

    private <T> void show(Grid<T> grid, Function<Actor, List<T>> load, String emptyKey) {
        grid.setItems(Errors.attempt(() -> load.apply(actor)).orElse(List.of()));
        grid.setEmptyStateText(getTranslation(emptyKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profiles.title") + " · CertDesk";
    }
}
