package org.certdesk.application.account;

import org.certdesk.domain.shared.Refusal;

/** Why an account form was refused, with the field it concerns. */
public enum AccountProblem {
    USERNAME_TAKEN(AccountField.USERNAME),
    USERNAME_INVALID(AccountField.USERNAME),
    DISPLAY_NAME_MISSING(AccountField.DISPLAY_NAME),
    DISPLAY_NAME_TOO_LONG(AccountField.DISPLAY_NAME),
    ROLE_MISSING(AccountField.ROLE),
    TENANT_MISSING(AccountField.TENANT),
    TENANT_UNKNOWN(AccountField.TENANT),
    TENANT_NAME_TAKEN(AccountField.TENANT),
    TENANT_NAME_TOO_LONG(AccountField.TENANT),
    PASSWORD_TOO_SHORT(AccountField.PASSWORD),
    PASSWORD_TOO_LONG(AccountField.PASSWORD);

    private final AccountField field;

    AccountProblem(AccountField field) {
        this.field = field;
    }

    public AccountField field() {
        return field;
    }

    /** The refusal to show, in the user's language ({@code accounts.<CONSTANT>} in the refusals bundle). */
    public Refusal refusal() {
        return Refusal.of("accounts." + name(), String.valueOf(PasswordRule.MIN_LENGTH), String.valueOf(PasswordRule.MAX_BYTES),
                String.valueOf(CreateAccount.MAX_DISPLAY_NAME_LENGTH), String.valueOf(CreateAccount.MAX_TENANT_NAME_LENGTH));
    }
}
