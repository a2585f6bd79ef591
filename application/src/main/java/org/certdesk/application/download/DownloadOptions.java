package org.certdesk.application.download;

import java.util.List;

import org.certdesk.application.port.CertificateBundles.ServerType;

/**
 * What a download form offers for one certificate: all formats and the key protection choice when
 * CertDesk holds the private key; only the PEM formats when the customer brought their own CSR.
 */
public record DownloadOptions(boolean privateKeyHeld, List<ServerType> servers) {

    public static DownloadOptions withPrivateKey() {
        return new DownloadOptions(true, List.of(ServerType.values()));
    }

    public static DownloadOptions withoutPrivateKey() {
        return new DownloadOptions(false, ServerType.withoutPrivateKey());
    }
}
