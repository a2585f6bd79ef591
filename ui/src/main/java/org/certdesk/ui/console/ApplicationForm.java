package org.certdesk.ui.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.certdesk.domain.certificate.BusinessCategory;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.UpperBounds;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.application.progress.Progress.Lookalike;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.SavedContact;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.components.LookalikeWarnings;

/**
 * The Apply for Certificate fields, which vary by type (SPEC "Apply for Certificate panel"), and
 * their reading into a domain application. Each value is checked by its own value object, and a
 * refusal is shown at the field that caused it; nothing is submitted until all fields read.
 */
class ApplicationForm extends Composite<VerticalLayout> {

    enum CsrMethod { SYSTEM, UPLOAD }

    final TextArea names = new TextArea();
    final RadioButtonGroup<CsrMethod> csrMethod = new RadioButtonGroup<>();
    final Select<KeyAlgorithm> keyAlgorithm = new Select<>();
    final TextArea csrPem = new TextArea();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final RadioButtonGroup<VerificationMethod> verificationMethod = new RadioButtonGroup<>();
    /** The exact persistent record (BR 3.2.2.4.22) to copy, shown while that method is chosen. */
    final com.vaadin.flow.component.html.Div persistentRecord = new com.vaadin.flow.component.html.Div();
    private java.util.function.Function<Boolean, String> persistentRecordValue;
    private boolean anyWildcardName;

    final TextField legalName = new TextField();
    final TextField registrationNumber = new TextField();
    final TextField companyType = new TextField();
    final TextField country = new TextField();
    final TextField stateOrProvince = new TextField();
    final TextField city = new TextField();
    final TextField streetAddress = new TextField();
    final TextField postalCode = new TextField();
    final TextField organizationPhone = new TextField();

    final TextField jurisdictionCountry = new TextField();
    final TextField jurisdictionState = new TextField();
    final TextField jurisdictionLocality = new TextField();
    final Select<BusinessCategory> businessCategory = new Select<>();
    final DatePicker incorporationDate = new DatePicker();
    final TextField superiorName = new TextField();
    final TextField superiorTitle = new TextField();
    final TextField superiorPhone = new TextField();
    final EmailField superiorEmail = new EmailField();

    final ComboBox<SavedContact> savedContact = new ComboBox<>();
    final Checkbox keepContact = new Checkbox();
    final ComboBox<CompanyProfile> savedCompany = new ComboBox<>();
    final Checkbox keepCompany = new Checkbox();

    final Span formError = new Span();
    /** Names that can pass for a Latin one: warned about while typing, not refused (docs/architecture.md). */
    final Div namesWarnings = new Div();

    private final Product product;
    /** The fields by the domain's FieldName key, so a refusal that names one is shown there. */
    private final Map<String, HasValidation> fieldsByDomainKey = new LinkedHashMap<>();

    ApplicationForm(Product product, List<SavedContact> contacts, List<CompanyProfile> companies) {
        this.product = product;
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("application-form");

        names.setLabel(getTranslation(product.coverage() == Coverage.MULTI_DOMAIN ? "apply.names.multi" : "apply.names.single"));
        names.setHelperText(getTranslation(helperFor(product)));
        names.setRequired(true);
        names.setWidthFull();
        names.setId("apply-names");
        fieldsByDomainKey.put(FieldName.NAMES.key(), names);
        // Lazy, so the file method is switched off while a wildcard is typed, not only on leaving the field.
        names.setValueChangeMode(ValueChangeMode.LAZY);
        names.addValueChangeListener(change -> namesChanged());

        csrMethod.setLabel(getTranslation("apply.csrMethod"));
        csrMethod.setItems(CsrMethod.values());
        csrMethod.setItemLabelGenerator(m -> getTranslation("apply.csrMethod." + m.name()));
        csrMethod.setValue(CsrMethod.SYSTEM);
        keyAlgorithm.setLabel(getTranslation("apply.keyAlgorithm"));
        keyAlgorithm.setItems(KeyAlgorithm.values());
        keyAlgorithm.setItemLabelGenerator(KeyAlgorithm::displayName);
        keyAlgorithm.setValue(KeyAlgorithm.EC_P256);
        csrPem.setLabel(getTranslation("apply.csrPem"));
        csrPem.setPlaceholder("-----BEGIN CERTIFICATE REQUEST-----");
        csrPem.setWidthFull();
        csrPem.addClassName("pem-input");
        // The browser cuts a longer paste; the domain refuses one that arrives anyway.
        csrPem.setMaxLength(CsrSource.Uploaded.MAX_LENGTH);
        csrPem.setVisible(false);
        fieldsByDomainKey.put(FieldName.CSR.key(), csrPem);
        fieldsByDomainKey.put("csrMethod", csrMethod);
        fieldsByDomainKey.put("keyAlgorithm", keyAlgorithm);
        fieldsByDomainKey.put(FieldName.VERIFICATION_METHOD.key(), verificationMethod);
        csrMethod.addValueChangeListener(change -> {
            boolean upload = change.getValue() == CsrMethod.UPLOAD;
            csrPem.setVisible(upload);
            keyAlgorithm.setVisible(!upload);
        });

        contactName.setLabel(getTranslation("apply.contactName"));
        fieldsByDomainKey.put("contactName", contactName);
        contactEmail.setLabel(getTranslation("apply.contactEmail"));
        contactPhone.setLabel(getTranslation("apply.contactPhone"));
        contactPhone.setHelperText(getTranslation("apply.phoneHelper"));
        contactName.setId("apply-contact-name");
        contactEmail.setId("apply-contact-email");
        contactPhone.setId("apply-contact-phone");

        FormLayout keyForm = new FormLayout(csrMethod, keyAlgorithm, csrPem);
        keyForm.setColspan(csrPem, 2);
        savedContact.setLabel(getTranslation("apply.savedContact"));
        savedContact.setItems(contacts);
        savedContact.setItemLabelGenerator(SavedContact::label);
        savedContact.setPlaceholder(getTranslation(contacts.isEmpty() ? "apply.savedNone" : "apply.savedPick"));
        savedContact.setEnabled(!contacts.isEmpty());
        savedContact.setId("apply-saved-contact");
        savedContact.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                Contact picked = change.getValue().contact();
                contactName.setValue(picked.name());
                contactEmail.setValue(picked.email().value());
                contactPhone.setValue(picked.phone().value());
            }
        });
        keepContact.setLabel(getTranslation("apply.keepContact"));
        keepContact.setId("apply-keep-contact");
        FormLayout contactForm = new FormLayout(savedContact, contactName, contactEmail, contactPhone, keepContact);

        root.add(names, namesWarnings, section("apply.section.key"), keyForm, section("apply.section.contact"), contactForm);

        if (product.type() == ValidationType.DV) {
            verificationMethod.setLabel(getTranslation("apply.verificationMethod"));
            verificationMethod.setItems(VerificationMethod.consoleMethods());
            verificationMethod.setItemLabelGenerator(m -> getTranslation("apply.verificationMethod." + m.name()));
            verificationMethod.setValue(VerificationMethod.DNS_TXT);
            verificationMethod.setHelperText(getTranslation("apply.verificationMethod.helper"));
            verificationMethod.setId("apply-verification-method");
            persistentRecord.setId("apply-persistent-record");
            persistentRecord.setVisible(false);
            verificationMethod.addValueChangeListener(change -> showPersistentRecord());
            root.add(section("apply.section.verification"), verificationMethod, persistentRecord);
        }
        if (product.type().validatesOrganization()) {
            label(legalName, "apply.org.legalName", "legalName");
            label(registrationNumber, "apply.org.registrationNumber", "registrationNumber");
            label(companyType, "apply.org.companyType", "companyType");
            label(country, "apply.org.country", "country");
            country.setHelperText(getTranslation("apply.countryHelper"));
            label(stateOrProvince, "apply.org.state", "stateOrProvince");
            label(city, "apply.org.city", "city");
            label(streetAddress, "apply.org.street", "streetAddress");
            label(postalCode, "apply.org.postalCode", "postalCode");
            label(organizationPhone, "apply.org.phone", "organizationPhone");
            savedCompany.setLabel(getTranslation("apply.savedCompany"));
            savedCompany.setItems(companies);
            savedCompany.setItemLabelGenerator(CompanyProfile::label);
            savedCompany.setPlaceholder(getTranslation(companies.isEmpty() ? "apply.savedNone" : "apply.savedPick"));
            savedCompany.setEnabled(!companies.isEmpty());
            savedCompany.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    fillOrganization(change.getValue().organization());
                }
            });
            keepCompany.setLabel(getTranslation("apply.keepCompany"));
            root.add(section("apply.section.organization"), new FormLayout(savedCompany, legalName, registrationNumber,
                    companyType, country, stateOrProvince, city, streetAddress, postalCode, organizationPhone, keepCompany));
        }
        if (product.type() == ValidationType.EV) {
            label(jurisdictionCountry, "apply.ev.jurisdictionCountry", "jurisdictionCountry");
            label(jurisdictionState, "apply.ev.jurisdictionState", "jurisdictionStateOrProvince");
            label(jurisdictionLocality, "apply.ev.jurisdictionLocality", "jurisdictionLocality");
            businessCategory.setLabel(getTranslation("apply.ev.businessCategory"));
            businessCategory.setItems(BusinessCategory.values());
            businessCategory.setItemLabelGenerator(c -> getTranslation("businessCategory." + c.name()));
            incorporationDate.setLabel(getTranslation("apply.ev.incorporationDate"));
            label(superiorName, "apply.ev.superiorName", "superiorName");
            label(superiorTitle, "apply.ev.superiorTitle", "superiorTitle");
            label(superiorPhone, "apply.ev.superiorPhone", "superiorPhone");
            superiorEmail.setLabel(getTranslation("apply.ev.superiorEmail"));
            root.add(section("apply.section.ev"), new FormLayout(jurisdictionCountry, jurisdictionState, jurisdictionLocality,
                    businessCategory, incorporationDate, superiorName, superiorTitle, superiorPhone, superiorEmail));
        }
        limitLengths();
        formError.addClassName("form-error");
        formError.setId("apply-form-error");
        formError.setVisible(false);
        root.add(formError);
    }

    /**
     * The browser cuts a longer paste at the domain's bound; a longer value that arrives anyway is
     * refused by the domain at the same field.
     */
    private void limitLengths() {
        names.setMaxLength(Identifiers.MAX_TEXT_LENGTH);
        for (TextField name : List.of(contactName, legalName, companyType, superiorName, superiorTitle)) {
            name.setMaxLength(UpperBounds.NAME);
        }
        registrationNumber.setMaxLength(UpperBounds.SERIAL_NUMBER);
        for (TextField place : List.of(stateOrProvince, city, streetAddress, jurisdictionState, jurisdictionLocality)) {
            place.setMaxLength(UpperBounds.LOCALITY);
        }
        postalCode.setMaxLength(UpperBounds.POSTAL_CODE);
        country.setMaxLength(UpperBounds.COUNTRY);
        jurisdictionCountry.setMaxLength(UpperBounds.COUNTRY);
        for (TextField phone : List.of(contactPhone, organizationPhone, superiorPhone)) {
            phone.setMaxLength(PhoneNumber.MAX_TYPED_LENGTH);
        }
        contactEmail.setMaxLength(EmailAddress.MAX_LENGTH);
        superiorEmail.setMaxLength(EmailAddress.MAX_LENGTH);
    }

    /** Fills the fields from a kept application (after Cancel, or for Modify and resubmit). */
    void fill(CertificateApplication application) {
        // The bare Unicode form, not display() with its A-label beside it, so the text reads back.
        names.setValue(String.join("\n", application.identifiers().asList().stream()
                .map(i -> i instanceof DomainName name ? name.unicode() : i.display()).toList()));
        switch (application.csr()) {
            case CsrSource.SystemGenerated generated -> {
                csrMethod.setValue(CsrMethod.SYSTEM);
                keyAlgorithm.setValue(generated.keyAlgorithm());
            }
            case CsrSource.Uploaded uploaded -> {
                csrMethod.setValue(CsrMethod.UPLOAD);
                csrPem.setValue(uploaded.pem());
            }
        }
        contactName.setValue(application.contact().name());
        contactEmail.setValue(application.contact().email().value());
        contactPhone.setValue(application.contact().phone().value());
        if (application.verificationMethod() != null && product.type() == ValidationType.DV) {
            verificationMethod.setValue(application.verificationMethod());
        }
        if (application.organization() != null) {
            fillOrganization(application.organization());
        }
        EvDetails ev = application.evDetails();
        if (ev != null) {
            jurisdictionCountry.setValue(ev.jurisdictionCountry());
            jurisdictionState.setValue(nullToEmpty(ev.jurisdictionStateOrProvince()));
            jurisdictionLocality.setValue(nullToEmpty(ev.jurisdictionLocality()));
            businessCategory.setValue(ev.businessCategory());
            incorporationDate.setValue(ev.incorporationDate());
            superiorName.setValue(ev.superior().name());
            superiorTitle.setValue(ev.superior().title());
            superiorPhone.setValue(ev.superior().phone().value());
            superiorEmail.setValue(ev.superior().email().value());
        }
    }

    /**
     * Warns under the names about each one that can pass for a Latin name, and offers only the
     * verification methods that suit the names; the rest is checked on submit.
     */
    private void namesChanged() {
        List<Lookalike> lookalikes = new ArrayList<>();
        boolean anyWildcard = false;
        for (String line : names.getValue().split("\\R")) {
            try {
                Identifier identifier = line.isBlank() ? null : Identifier.parse(line);
                if (identifier instanceof DomainName name) {
                    name.latinLookalike().ifPresent(latin -> lookalikes.add(new Lookalike(name.display(), latin)));
                }
                anyWildcard |= identifier != null && identifier.isWildcard();
            } catch (DomainException refusedOnSubmit) {
                // Shown at the field when the form is read.
            }
        }
        namesWarnings.removeAll();
        namesWarnings.add(new LookalikeWarnings("apply-names-lookalikes", lookalikes));
        if (product.type() == ValidationType.DV) {
            offerMethodsFor(anyWildcard);
        }
    }

    /**
     * BR 3.2.2.4.18: the file method "is NOT suitable for validating Wildcard Domain Names". With a
     * wildcard among the names it is switched off and the helper says why (the use case refuses
     * it too, should it arrive anyway).
     */
    /** @param value the record's value for the customer's account, with or without policy=wildcard */
    void offerPersistentRecord(java.util.function.Function<Boolean, String> value) {
        this.persistentRecordValue = value;
        showPersistentRecord();
    }

    /** Host and value to publish once; the value is known before Submit, unlike a Random Value. */
    private void showPersistentRecord() {
        boolean shown = persistentRecordValue != null && verificationMethod.getValue() == VerificationMethod.DNS_PERSIST;
        persistentRecord.setVisible(shown);
        persistentRecord.removeAll();
        if (shown) {
            String value = persistentRecordValue.apply(anyWildcardName);
            com.vaadin.flow.component.html.Paragraph host = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("apply.persistent.host", org.certdesk.domain.verification.PersistentDcvIdentity.LABEL));
            com.vaadin.flow.component.html.Span text = new com.vaadin.flow.component.html.Span(value);
            text.addClassNames("copy-value", "persistent-value");
            com.vaadin.flow.component.button.Button copy = new com.vaadin.flow.component.button.Button(
                    com.vaadin.flow.component.icon.VaadinIcon.COPY_O.create(),
                    click -> com.vaadin.flow.component.UI.getCurrent().getPage()
                            .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value));
            copy.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            copy.setAriaLabel(getTranslation("verify.copy", getTranslation("verify.value")));
            com.vaadin.flow.component.html.Div row = new com.vaadin.flow.component.html.Div(text, copy);
            row.addClassName("copy-row");
            com.vaadin.flow.component.html.Paragraph hint = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("apply.persistent.hint"));
            hint.addClassName("hint");
            persistentRecord.add(host, row, hint);
        }
    }

    private void offerMethodsFor(boolean anyWildcard) {
        anyWildcardName = anyWildcard;
        showPersistentRecord();
        verificationMethod.setItemEnabledProvider(method -> !(anyWildcard && method == VerificationMethod.FILE));
        if (anyWildcard && verificationMethod.getValue() == VerificationMethod.FILE) {
            verificationMethod.setValue(VerificationMethod.DNS_TXT);
        }
        verificationMethod.setHelperText(getTranslation(anyWildcard ? "apply.verificationMethod.noFileForWildcard"
                : "apply.verificationMethod.helper"));
    }

    private void fillOrganization(Organization o) {
        legalName.setValue(o.legalName());
        registrationNumber.setValue(o.registrationNumber());
        companyType.setValue(o.companyType());
        country.setValue(o.country());
        stateOrProvince.setValue(nullToEmpty(o.stateOrProvince()));
        city.setValue(nullToEmpty(o.city()));
        streetAddress.setValue(nullToEmpty(o.streetAddress()));
        postalCode.setValue(nullToEmpty(o.postalCode()));
        organizationPhone.setValue(o.phone().value());
    }

    /** The application, or empty after marking every field that does not read. */
    Optional<CertificateApplication> read() {
        clearErrors();
        List<Boolean> ok = new ArrayList<>();
        Identifiers identifiers = field(names, ok, "apply.names.required", Identifiers::parseLines);
        CsrSource csr = csrMethod.getValue() == CsrMethod.UPLOAD
                ? field(csrPem, ok, "apply.csrRequired", CsrSource.Uploaded::new)
                : new CsrSource.SystemGenerated(keyAlgorithm.getValue());
        String name = field(contactName, ok, "apply.required", typed -> typed);
        EmailAddress email = field(contactEmail, ok, "apply.required", EmailAddress::parse);
        PhoneNumber phone = field(contactPhone, ok, "apply.required", PhoneNumber::parse);
        PhoneNumber orgPhone = product.type().validatesOrganization()
                ? field(organizationPhone, ok, "apply.required", PhoneNumber::parse) : null;
        PhoneNumber bossPhone = product.type() == ValidationType.EV ? field(superiorPhone, ok, "apply.required", PhoneNumber::parse) : null;
        EmailAddress bossEmail = product.type() == ValidationType.EV ? field(superiorEmail, ok, "apply.required", EmailAddress::parse) : null;
        if (ok.contains(Boolean.FALSE)) {
            return Optional.empty();
        }
        try {
            Contact contact = new Contact(name, email, phone);
            Organization organization = product.type().validatesOrganization()
                    ? new Organization(legalName.getValue(), registrationNumber.getValue(), companyType.getValue(), country.getValue(),
                    stateOrProvince.getValue(), city.getValue(), streetAddress.getValue(), postalCode.getValue(), orgPhone) : null;
            EvDetails ev = product.type() == ValidationType.EV
                    ? new EvDetails(jurisdictionCountry.getValue(), emptyToNull(jurisdictionState.getValue()),
                    emptyToNull(jurisdictionLocality.getValue()), businessCategory.getValue(), incorporationDate.getValue(),
                    new EvDetails.Superior(superiorName.getValue(), superiorTitle.getValue(), bossPhone, bossEmail)) : null;
            return Optional.of(new CertificateApplication(identifiers, csr, contact, organization, ev,
                    product.type() == ValidationType.DV ? verificationMethod.getValue() : null));
        } catch (DomainException refused) {
            showRefusal(refused);
            return Optional.empty();
        }
    }

    /** A refusal from the use case, shown at the field it names, else under the form. */
    void showRefusal(DomainException refused) {
        String message = refused.messageIn(getLocale());
        HasValidation field = refused.field().map(fieldsByDomainKey::get).orElse(null);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            formError.setText(message);
            formError.setVisible(true);
        }
    }

    private void clearErrors() {
        formError.setVisible(false);
        for (HasValidation field : List.of(names, csrMethod, keyAlgorithm, csrPem, verificationMethod, contactName, contactEmail, contactPhone,
                legalName, registrationNumber, companyType, country, stateOrProvince, city, streetAddress, postalCode,
                organizationPhone, jurisdictionCountry, jurisdictionState, jurisdictionLocality, superiorName, superiorTitle,
                superiorPhone, superiorEmail)) {
            field.setInvalid(false);
        }
    }

    /** The field's value as its value object reads it, or null after marking the field (empty, or refused). */
    private <F extends HasValidation & HasValue<?, String>, T> T field(F field, List<Boolean> ok, String requiredKey,
                                                                      Function<String, T> reader) {
        String typed = field.getValue();
        try {
            if (typed == null || typed.isBlank()) {
                return invalid(field, ok, getTranslation(requiredKey));
            }
            T value = reader.apply(typed);
            ok.add(Boolean.TRUE);
            return value;
        } catch (DomainException refused) {
            return invalid(field, ok, refused.messageIn(getLocale()));
        }
    }

    private static <T> T invalid(HasValidation field, List<Boolean> ok, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        ok.add(Boolean.FALSE);
        return null;
    }

    /** Labels a field and links it to the domain's FieldName key, so refusals land next to it. */
    private void label(TextField field, String key, String domainField) {
        field.setLabel(getTranslation(key));
        fieldsByDomainKey.put(domainField, field);
    }

    private H4 section(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.addClassName("form-section");
        return heading;
    }

    private static String helperFor(Product product) {
        return switch (product.coverage()) {
            case SINGLE -> "apply.names.helper.single";
            case WILDCARD -> "apply.names.helper.wildcard";
            case MULTI_DOMAIN -> "apply.names.helper.multi";
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
