package org.certdesk.domain.certificate;

/** What names a purchased certificate may carry. */
public enum Coverage {
    SINGLE("Single domain"),
    WILDCARD("Wildcard"),
    MULTI_DOMAIN("Multi-domain");

    private final String displayName;

    Coverage(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
