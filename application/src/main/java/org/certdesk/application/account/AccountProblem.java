package org.certdesk.application.account;

/** Why an account form was refused, with the field it concerns and a message in plain English. */
public enum AccountProblem {
    USERNAME_TAKEN(AccountField.USERNAME, "That username is taken; choose another."),
    USERNAME_INVALID(AccountField.USERNAME,
            "A username has 2-63 lower-case letters, digits, '.', '_' or '-', and starts with a letter or digit."),
    DISPLAY_NAME_MISSING(AccountField.DISPLAY_NAME, "Enter the name people see for this account."),
    DISPLAY_NAME_TOO_LONG(AccountField.DISPLAY_NAME, "A display name has at most " + CreateAccount.MAX_DISPLAY_NAME_LENGTH + " characters."),
    ROLE_MISSING(AccountField.ROLE, "Choose a role."),
    TENANT_MISSING(AccountField.TENANT, "A customer belongs to a tenant: choose one or name a new one."),
    TENANT_UNKNOWN(AccountField.TENANT, "That tenant does not exist (any more)."),
    TENANT_NAME_TAKEN(AccountField.TENANT, "A tenant of that name exists already: choose it from the list."),
    TENANT_NAME_TOO_LONG(AccountField.TENANT, "A tenant's name has at most " + CreateAccount.MAX_TENANT_NAME_LENGTH + " characters."),
    PASSWORD_TOO_SHORT(AccountField.PASSWORD, "A password has at least " + PasswordRule.MIN_LENGTH + " characters."),
    PASSWORD_TOO_LONG(AccountField.PASSWORD, "A password has at most " + PasswordRule.MAX_BYTES + " bytes (about "
            + PasswordRule.MAX_BYTES + " Latin or 24 Chinese characters).");

    private final AccountField field;
    private final String message;

    AccountProblem(AccountField field, String message) {
        this.field = field;
        this.message = message;
    }

    public AccountField field() {
        return field;
    }

    public String message() {
        return message;
    }
}
