package org.certdesk.ui.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.mail.ManageMailLanguage;
import org.certdesk.application.reminder.ManageReminderPreference;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.reminder.ReminderPreference;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * Information Management, "Notification settings": when the tenant's expiry reminders start
 * (30, 60 or 90 days before notAfter), how often they repeat, and the language of all mails.
 */
@Route(value = "settings/notifications")
@RolesAllowed("CUSTOMER")
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> leadDays = new Select<>();
    final Select<Integer> repeatDays = new Select<>();
    final Select<MailLanguage> mailLanguage = new Select<>();
    final Button save = new Button();
    /** Stored only when changed, so saving the reminders does not turn the default into a choice. */
    private MailLanguage shownLanguage;

    public NotificationSettingsView(ManageReminderPreference manageReminders, ManageMailLanguage manageMailLanguage,
                                    CurrentUser currentUser) {
        Actor actor = currentUser.actor();
        addClassName("notification-settings-view");

        leadDays.setId("reminder-lead-days");
        leadDays.setLabel(getTranslation("reminders.lead"));
        leadDays.setItems(ReminderPreference.LEAD_DAYS);
        leadDays.setItemLabelGenerator(days -> getTranslation("reminders.lead.days", days));
        leadDays.setMinWidth("14em"); // "90 days before expiry" in full
        repeatDays.setId("reminder-repeat-days");
        repeatDays.setLabel(getTranslation("reminders.repeat"));
        repeatDays.setItems(ReminderPreference.REPEAT_DAYS);
        repeatDays.setItemLabelGenerator(days -> days == 0 ? getTranslation("reminders.repeat.once")
                : getTranslation("reminders.repeat.days", days));
        Errors.attempt(() -> manageReminders.current(actor)).ifPresent(current -> {
            leadDays.setValue(current.leadDays());
            repeatDays.setValue(current.repeatDays());
        });

        mailLanguage.setId("mail-language");
        mailLanguage.setLabel(getTranslation("mailLanguage.label"));
        mailLanguage.setHelperText(getTranslation("mailLanguage.hint"));
        mailLanguage.setItems(MailLanguage.values());
        mailLanguage.setItemLabelGenerator(language -> getTranslation("mailLanguage." + language.name()));
        Errors.attempt(() -> manageMailLanguage.current(actor)).ifPresent(current -> {
            shownLanguage = current;
            mailLanguage.setValue(current);
        });

        save.setId("reminder-save");
        save.setText(getTranslation("reminders.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (chosen(leadDays) & chosen(repeatDays) & chosen(mailLanguage)) {
                MailLanguage language = mailLanguage.getValue();
                boolean saved = Errors.attempt(() -> {
                    manageReminders.save(actor, new ReminderPreference(leadDays.getValue(), repeatDays.getValue()));
                    if (language != shownLanguage) {
                        manageMailLanguage.save(actor, language);
                    }
                });
                if (saved) {
                    shownLanguage = language;
                    Errors.success(getTranslation("reminders.saved"));
                }
            }
        });

        HorizontalLayout form = new HorizontalLayout(leadDays, repeatDays, mailLanguage, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("settings.title")), new H3(getTranslation("reminders.title")),
                new Paragraph(getTranslation("reminders.hint")), form);
    }

    private boolean chosen(Select<?> field) {
        field.setErrorMessage(getTranslation("reminders.required"));
        field.setInvalid(field.getValue() == null);
        return !field.isInvalid();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.title") + " · CertDesk";
    }
}
