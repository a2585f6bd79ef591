package org.certdesk.application.download;

import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.domain.download.KeyProtection;

/**
 * What the customer chose in the download form for the private key: encrypt it under the typed
 * password (the default), or take it in clear PEM. The password is checked only when there is a
 * key to encrypt, and never printed.
 */
public record KeyChoice(boolean encrypt, String password) {

    public static KeyChoice encryptedWith(String password) {
        return new KeyChoice(true, password);
    }

    public static KeyChoice unencrypted() {
        return new KeyChoice(false, null);
    }

    /** The protection for a key going into the given format; refuses a weak password or a clear key in a store. */
    public KeyProtection protectionFor(ServerType server) {
        return server.check(KeyProtection.chosen(encrypt, password));
    }

    @Override
    public String toString() {
        return encrypt ? "KeyChoice[encrypted]" : "KeyChoice[unencrypted]";
    }
}
