package org.certdesk.ui.console;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.UpperBounds;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;

/** Edits a company profile with the Apply form's organization fields: the same labels, length limits and refusals at the field. */
class CompanyDialog extends Dialog {

    final TextField legalName = new TextField();
    final TextField registrationNumber = new TextField();
    final TextField companyType = new TextField();
    final TextField country = new TextField();
    final TextField stateOrProvince = new TextField();
    final TextField city = new TextField();
    final TextField streetAddress = new TextField();
    final TextField postalCode = new TextField();
    final TextField phone = new TextField();
    final Button save = new Button();
    private final FieldRefusals refusals = new FieldRefusals(this);

    /** @param edit the use case; a refusal it throws is shown at the field it names */
    CompanyDialog(CompanyProfile saved, Consumer<Organization> edit, Runnable edited) {
        setId("company-dialog");
        setHeaderTitle(getTranslation("profiles.editCompany"));
        field(legalName, "legalName", "apply.org.legalName", UpperBounds.NAME);
        field(registrationNumber, "registrationNumber", "apply.org.registrationNumber", UpperBounds.SERIAL_NUMBER);
        field(companyType, "companyType", "apply.org.companyType", UpperBounds.NAME);
        field(country, "country", "apply.org.country", UpperBounds.COUNTRY);
        country.setHelperText(getTranslation("apply.countryHelper"));
        field(stateOrProvince, "stateOrProvince", "apply.org.state", UpperBounds.LOCALITY);
        field(city, "city", "apply.org.city", UpperBounds.LOCALITY);
        field(streetAddress, "streetAddress", "apply.org.street", UpperBounds.LOCALITY);
        field(postalCode, "postalCode", "apply.org.postalCode", UpperBounds.POSTAL_CODE);
        field(phone, "organizationPhone", "apply.org.phone", PhoneNumber.MAX_TYPED_LENGTH);
        phone.setHelperText(getTranslation("apply.phoneHelper"));
        fill(saved.organization());
        add(new FormLayout(legalName, registrationNumber, companyType, country, stateOrProvince, city, streetAddress, postalCode,
                phone));

        save.setText(getTranslation("profiles.save"));
        save.setId("company-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            refusals.clear();
            PhoneNumber typedPhone = refusals.read(phone, PhoneNumber::parse);
            if (!refusals.allRead()) {
                return;
            }
            Errors.attempt(() -> {
                try {
                    // The Organization checks every other field and names the one it refuses.
                    edit.accept(new Organization(legalName.getValue(), registrationNumber.getValue(), companyType.getValue(),
                            country.getValue(), stateOrProvince.getValue(), city.getValue(), streetAddress.getValue(),
                            postalCode.getValue(), typedPhone));
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

    private void field(TextField field, String domainKey, String labelKey, int maxLength) {
        refusals.field(domainKey, field).setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setId("company-" + domainKey);
    }

    private void fill(Organization o) {
        legalName.setValue(o.legalName());
        registrationNumber.setValue(o.registrationNumber());
        companyType.setValue(o.companyType());
        country.setValue(o.country());
        stateOrProvince.setValue(o.stateOrProvince());
        city.setValue(o.city());
        streetAddress.setValue(o.streetAddress());
        postalCode.setValue(o.postalCode());
        phone.setValue(o.phone().value());
    }
}
