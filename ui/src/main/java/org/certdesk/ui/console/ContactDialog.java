package org.certdesk.ui.console;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.UpperBounds;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.profile.SavedContact;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;

/** Edits a saved contact with the Apply form's fields: the same labels, length limits and refusals at the field. */
class ContactDialog extends Dialog {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Button save = new Button();

    /** @param edit the use case; a refusal it throws is shown at the field it names */
    ContactDialog(SavedContact saved, Consumer<Contact> edit, Runnable edited) {
        setId("contact-dialog");
        setHeaderTitle(getTranslation("profiles.editContact"));
        FieldRefusals refusals = new FieldRefusals(this);
        refusals.field("contactName", name).setLabel(getTranslation("apply.contactName"));
        refusals.field("contactEmail", email).setLabel(getTranslation("apply.contactEmail"));
        refusals.field("contactPhone", phone).setLabel(getTranslation("apply.contactPhone"));
        phone.setHelperText(getTranslation("apply.phoneHelper"));
        name.setId("contact-name");
        email.setId("contact-email");
        phone.setId("contact-phone");
        name.setMaxLength(UpperBounds.NAME);
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        phone.setMaxLength(PhoneNumber.MAX_TYPED_LENGTH);
        name.setValue(saved.contact().name());
        email.setValue(saved.contact().email().value());
        phone.setValue(saved.contact().phone().value());
        add(new FormLayout(name, email, phone));

        save.setText(getTranslation("profiles.save"));
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            refusals.clear();
            String typedName = refusals.read(name, typed -> typed);
            EmailAddress typedEmail = refusals.read(email, EmailAddress::parse);
            PhoneNumber typedPhone = refusals.read(phone, PhoneNumber::parse);
            if (!refusals.allRead()) {
                return;
            }
            Errors.attempt(() -> {
                try {
                    edit.accept(new Contact(typedName, typedEmail, typedPhone));
                    close();
                    edited.run();
                } catch (DomainException refused) {
                    refusals.show(refused);
                }
            });
        });
        Button cancel = new Button(getTranslation("profiles.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
