package org.certdesk.ui.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.acme.AcmeRenewalInformation;
import org.certdesk.application.acme.ManageAcmePolicy;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The CA admin's ACME policy: the per-account rate limits, the certificate profiles offered to
 * clients, and asking every ACME client to renew earlier (RFC 9773 renewal windows).
 */
@Route(value = "admin/acme")
@RolesAllowed("ADMIN")
public class AcmePolicyView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField ordersPerHour = new IntegerField();
    final IntegerField failedValidationsPerHour = new IntegerField();
    final IntegerField tenantOrdersPerHour = new IntegerField();
    final Button saveLimits = new Button();

    final Grid<AcmeProfile> profiles = new Grid<>();
    final TextField profileName = new TextField();
    final TextField profileDescription = new TextField();
    final IntegerField profileValidityDays = new IntegerField();
    final Checkbox profileEnabled = new Checkbox();
    final Button saveProfile = new Button();

    final DatePicker renewBy = new DatePicker();
    final TextField renewReason = new TextField();
    final Button moveWindows = new Button();

    private final ManageAcmePolicy policy;
    private final AcmeRenewalInformation renewals;
    private final Actor actor;

    public AcmePolicyView(ManageAcmePolicy policy, AcmeRenewalInformation renewals, CurrentUser currentUser) {
        this.policy = policy;
        this.renewals = renewals;
        this.actor = currentUser.actor();
        addClassName("acme-policy-view");
        add(new H2(getTranslation("acmePolicy.title")));
        addRateLimits();
        addProfiles();
        addRenewalWindows();
    }

    private void addRateLimits() {
        ordersPerHour.setId("acme-orders-per-hour");
        ordersPerHour.setLabel(getTranslation("acmePolicy.ordersPerHour"));
        failedValidationsPerHour.setId("acme-failed-validations-per-hour");
        failedValidationsPerHour.setLabel(getTranslation("acmePolicy.failedValidationsPerHour"));
        tenantOrdersPerHour.setId("acme-tenant-orders-per-hour");
        tenantOrdersPerHour.setLabel(getTranslation("acmePolicy.tenantOrdersPerHour"));
        for (IntegerField field : new IntegerField[] {ordersPerHour, failedValidationsPerHour, tenantOrdersPerHour}) {
            field.setMin(0);
            field.setHelperText(getTranslation("acmePolicy.zeroIsUnlimited"));
            field.setStepButtonsVisible(true);
        }
        Errors.attempt(() -> policy.rateLimits(actor)).ifPresent(this::show);
        saveLimits.setId("acme-save-limits");
        saveLimits.setText(getTranslation("acmePolicy.saveLimits"));
        saveLimits.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveLimits.addClickListener(click -> saveLimits());
        add(new H3(getTranslation("acmePolicy.rateLimits")), new Paragraph(getTranslation("acmePolicy.rateLimits.hint")),
                new FormLayout(ordersPerHour, failedValidationsPerHour, tenantOrdersPerHour), saveLimits);
    }

    private void saveLimits() {
        IntegerField[] fields = {ordersPerHour, failedValidationsPerHour, tenantOrdersPerHour};
        java.util.Arrays.stream(fields).forEach(field -> field.setInvalid(false));
        if (missing(ordersPerHour) | missing(failedValidationsPerHour) | missing(tenantOrdersPerHour)) {
            return;
        }
        AcmeRateLimits limits;
        try {
            limits = new AcmeRateLimits(ordersPerHour.getValue(), failedValidationsPerHour.getValue(), tenantOrdersPerHour.getValue());
        } catch (DomainException refused) {
            // The only refusal is a value above the ceiling: mark the largest.
            IntegerField field = java.util.Arrays.stream(fields).max(java.util.Comparator.comparing(IntegerField::getValue)).orElseThrow();
            field.setErrorMessage(refused.messageIn(getLocale()));
            field.setInvalid(true);
            return;
        }
        Errors.attempt(() -> policy.changeRateLimits(actor, limits)).ifPresent(saved -> {
            show(saved);
            Errors.success(getTranslation("acmePolicy.limitsSaved"));
        });
    }

    private boolean missing(IntegerField field) {
        if (field.getValue() == null) {
            field.setErrorMessage(getTranslation("acmePolicy.wholeNumber"));
            field.setInvalid(true);
            return true;
        }
        return false;
    }

    private void show(AcmeRateLimits limits) {
        ordersPerHour.setValue(limits.ordersPerHour());
        failedValidationsPerHour.setValue(limits.failedValidationsPerHour());
        tenantOrdersPerHour.setValue(limits.tenantOrdersPerHour());
    }

    private void addProfiles() {
        profiles.setId("acme-profiles");
        profiles.setAllRowsVisible(true);
        profiles.addColumn(AcmeProfile::name).setHeader(getTranslation("acmePolicy.profileName")).setKey("name");
        profiles.addColumn(AcmeProfile::description).setHeader(getTranslation("acmePolicy.profileDescription")).setFlexGrow(3)
                .setKey("description");
        profiles.addColumn(this::validity).setHeader(getTranslation("acmePolicy.validity")).setKey("validity");
        profiles.addColumn(p -> getTranslation(p.enabled() ? "acmePolicy.enabled" : "acmePolicy.disabled"))
                .setHeader(getTranslation("acmePolicy.profileStatus")).setKey("enabled");
        profiles.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(change.getValue());
            }
        });

        profileName.setId("acme-profile-name");
        profileName.setLabel(getTranslation("acmePolicy.profileName"));
        profileName.setHelperText(getTranslation("acmePolicy.profileName.help"));
        profileDescription.setId("acme-profile-description");
        profileDescription.setLabel(getTranslation("acmePolicy.profileDescription"));
        profileName.setMaxLength(AcmeProfile.MAX_NAME_LENGTH);
        profileDescription.setMaxLength(AcmeProfile.MAX_DESCRIPTION_LENGTH);
        profileValidityDays.setId("acme-profile-validity");
        profileValidityDays.setLabel(getTranslation("acmePolicy.validityDays"));
        profileValidityDays.setHelperText(getTranslation("acmePolicy.validityDays.help"));
        profileValidityDays.setMin(1);
        profileValidityDays.setClearButtonVisible(true);
        profileEnabled.setId("acme-profile-enabled");
        profileEnabled.setLabel(getTranslation("acmePolicy.enabled"));
        profileEnabled.setValue(true);
        saveProfile.setId("acme-save-profile");
        saveProfile.setText(getTranslation("acmePolicy.saveProfile"));
        saveProfile.addClickListener(click -> saveProfile());
        refreshProfiles();
        add(new H3(getTranslation("acmePolicy.profiles")), new Paragraph(getTranslation("acmePolicy.profiles.hint")), profiles,
                new FormLayout(profileName, profileDescription, profileValidityDays, profileEnabled), saveProfile);
    }

    private String validity(AcmeProfile profile) {
        return profile.fixedValidity().map(v -> v.toHours() % 24 == 0 ? getTranslation("acmePolicy.days", v.toDays())
                : getTranslation("acmePolicy.hours", v.toHours())).orElse(getTranslation("acmePolicy.policyMaximum"));
    }

    private void edit(AcmeProfile profile) {
        profileName.setValue(profile.name());
        profileDescription.setValue(profile.description());
        profile.fixedValidity().map(Duration::toDays).map(Long::intValue).ifPresentOrElse(profileValidityDays::setValue,
                profileValidityDays::clear);
        profileEnabled.setValue(profile.enabled());
    }

    private void saveProfile() {
        profileName.setInvalid(false);
        profileValidityDays.setInvalid(false);
        Integer days = profileValidityDays.getValue();
        if (days != null && days < 1) {
            profileValidityDays.setErrorMessage(getTranslation("acmePolicy.validityDays.help"));
            profileValidityDays.setInvalid(true);
            return;
        }
        AcmeProfile profile;
        try {
            profile = new AcmeProfile(profileName.getValue().strip(), profileDescription.getValue().strip(),
                    days == null ? null : Duration.ofDays(days), profileEnabled.getValue());
        } catch (DomainException refused) {
            profileName.setErrorMessage(refused.messageIn(getLocale()));
            profileName.setInvalid(true);
            return;
        }
        Errors.attempt(() -> policy.saveProfile(actor, profile)).ifPresent(saved -> {
            refreshProfiles();
            Errors.success(getTranslation("acmePolicy.profileSaved", saved.name()));
        });
    }

    private void refreshProfiles() {
        Errors.attempt(() -> policy.profiles(actor)).ifPresent(profiles::setItems);
    }

    private void addRenewalWindows() {
        renewBy.setId("acme-renew-by");
        renewBy.setLabel(getTranslation("acmePolicy.renewBy"));
        renewBy.setHelperText(getTranslation("acmePolicy.renewBy.help"));
        renewReason.setId("acme-renew-reason");
        renewReason.setLabel(getTranslation("acmePolicy.renewReason"));
        renewReason.setMaxLength(AcmeRenewalInformation.MAX_REASON_LENGTH);
        moveWindows.setId("acme-move-windows");
        moveWindows.setText(getTranslation("acmePolicy.moveWindows"));
        moveWindows.addThemeVariants(ButtonVariant.LUMO_ERROR);
        moveWindows.addClickListener(click -> moveWindows());
        add(new H3(getTranslation("acmePolicy.renewal")), new Paragraph(getTranslation("acmePolicy.renewal.hint")),
                new FormLayout(renewBy, renewReason), moveWindows);
    }

    private void moveWindows() {
        renewBy.setInvalid(false);
        renewReason.setInvalid(false);
        LocalDate date = renewBy.getValue();
        String reason = renewReason.getValue().strip();
        if (date == null) {
            renewBy.setErrorMessage(getTranslation("apply.required"));
            renewBy.setInvalid(true);
        }
        if (reason.isEmpty()) {
            renewReason.setErrorMessage(getTranslation("apply.required"));
            renewReason.setInvalid(true);
        }
        if (date == null || reason.isEmpty()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("acmePolicy.moveWindows"),
                getTranslation("acmePolicy.moveWindows.confirm", date.toString()), getTranslation("acmePolicy.moveWindows"),
                confirmed -> Errors.attempt(() -> renewals.moveAllEarlier(actor, date.atStartOfDay(ZoneOffset.UTC).toInstant(), reason))
                        .ifPresent(moved -> Errors.success(getTranslation("acmePolicy.windowsMoved", moved, date.toString()))));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("acme.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acmePolicy.title") + " · CertDesk";
    }
}
