package org.certdesk.adapters.ca.lint;

/**
 * A check the to-be-signed certificate passed, kept with the issued leaf (BR 4.3.1.2).
 *
 * @param notice what the check noted without refusing, or null
 */
public record PassedCheck(String name, String brSection, String notice) {
}
