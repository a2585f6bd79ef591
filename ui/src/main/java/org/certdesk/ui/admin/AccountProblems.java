package org.certdesk.ui.admin;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import org.certdesk.application.account.AccountField;
import org.certdesk.application.account.InvalidAccountInput;
import org.certdesk.ui.components.Errors;

/**
 * Runs an account command from a dialog: a refusal of one field is shown at that field, in the
 * user's language; any other refusal as a toast (Errors).
 */
final class AccountProblems {

    private final Map<AccountField, HasValidation> fields;

    AccountProblems(Map<AccountField, HasValidation> fields) {
        this.fields = fields;
    }

    <T> Optional<T> attempt(Supplier<T> command, Function<String, String> translate) {
        fields.values().forEach(field -> field.setInvalid(false));
        return Errors.attempt(() -> {
            try {
                return command.get();
            } catch (InvalidAccountInput invalid) {
                HasValidation field = fields.get(invalid.problem().field());
                if (field == null) {
                    throw invalid;
                }
                field.setErrorMessage(translate.apply("accounts.problem." + invalid.problem().name()));
                field.setInvalid(true);
                return null;
            }
        });
    }
}
