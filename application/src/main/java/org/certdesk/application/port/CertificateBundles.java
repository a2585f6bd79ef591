package org.certdesk.application.port;

/**
 * Port: packs an issued certificate for a kind of server (SPEC "Download"): PEM files, PKCS#12
 * or JKS with a generated password, the private key only when the console generated it.
 */
public interface CertificateBundles {

    enum ServerType { NGINX, APACHE, TOMCAT_PFX, TOMCAT_JKS, IIS, OTHER }

    Bundle bundle(BundleRequest request);

    /** The CA's root certificate in PEM, for clients to trust. */
    String rootPem();

    /** @param pkcs8PrivateKey the decrypted key, or null when the customer brought their own CSR */
    record BundleRequest(String serialHex, ServerType server, String fileStem, byte[] pkcs8PrivateKey) {
    }

    record Bundle(String fileName, byte[] zip) {
    }
}
