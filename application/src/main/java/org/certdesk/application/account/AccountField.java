package org.certdesk.application.account;

/** The field of the account form a refusal belongs to, so the view can show it there. */
public enum AccountField {
    USERNAME,
    DISPLAY_NAME,
    ROLE,
    TENANT,
    PASSWORD
}
