package org.certdesk.application.port;

import java.util.Arrays;
import java.util.List;

import org.certdesk.domain.download.KeyProtection;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Port: packs an issued certificate for a kind of server (SPEC "Download"): PEM files, PKCS#12
 * or JKS, the private key only when the console holds it (it generated it, or the customer
 * uploaded it with a certificate obtained elsewhere), and then protected as the customer chose:
 * under their password by default, in clear PEM only when they asked for it.
 */
public interface CertificateBundles {

    enum ServerType {
        NGINX(false), APACHE(false), TOMCAT_PFX(true), TOMCAT_JKS(true), IIS(true), OTHER(false);

        private final boolean keyStore;

        ServerType(boolean keyStore) {
            this.keyStore = keyStore;
        }

        /** A PKCS#12 or JKS store: it cannot exist without the private key, nor hold it without a password. */
        public boolean keyStore() {
            return keyStore;
        }

        /** The formats that make sense for a certificate whose private key CertDesk never held. */
        public static List<ServerType> withoutPrivateKey() {
            return Arrays.stream(values()).filter(type -> !type.keyStore).toList();
        }

        /** Refuses a clear key in a store, which would be a contradiction: stores are password-protected. */
        public KeyProtection check(KeyProtection protection) {
            if (keyStore && protection instanceof KeyProtection.Unencrypted) {
                throw new DomainException(Refusal.of("download.storeNeedsPassword", this == TOMCAT_JKS ? "JKS" : "PKCS#12"));
            }
            return protection;
        }
    }

    Bundle bundle(BundleRequest request);

    /** The same formats for a certificate the customer brought, with the chain they uploaded beside it. */
    Bundle bundle(UploadedBundleRequest request);

    /** The CA's root certificate in PEM, for clients to trust. */
    String rootPem();

    /**
     * @param pkcs8PrivateKey the decrypted key, or null when the customer brought their own CSR
     * @param keyProtection how to protect that key; ignored without one
     */
    record BundleRequest(String serialHex, ServerType server, String fileStem, byte[] pkcs8PrivateKey,
                         KeyProtection keyProtection) {
    }

    /** @param chainPem the uploaded intermediates, possibly empty */
    record UploadedBundleRequest(String certificatePem, String chainPem, ServerType server, String fileStem,
                                 byte[] pkcs8PrivateKey, KeyProtection keyProtection) {
    }

    record Bundle(String fileName, byte[] zip) {
    }
}
