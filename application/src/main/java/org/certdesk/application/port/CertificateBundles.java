package org.certdesk.application.port;

/**
 * Port: packs an issued certificate for a kind of server (SPEC "Download"): PEM files, PKCS#12
 * or JKS with a generated password, the private key only when the console holds it (it generated
 * it, or the customer uploaded it with a certificate obtained elsewhere).
 */
public interface CertificateBundles {

    enum ServerType { NGINX, APACHE, TOMCAT_PFX, TOMCAT_JKS, IIS, OTHER }

    Bundle bundle(BundleRequest request);

    /** The same formats for a certificate the customer brought, with the chain they uploaded beside it. */
    Bundle bundle(UploadedBundleRequest request);

    /** The CA's root certificate in PEM, for clients to trust. */
    String rootPem();

    /** @param pkcs8PrivateKey the decrypted key, or null when the customer brought their own CSR */
    record BundleRequest(String serialHex, ServerType server, String fileStem, byte[] pkcs8PrivateKey) {
    }

    /** @param chainPem the uploaded intermediates, possibly empty */
    record UploadedBundleRequest(String certificatePem, String chainPem, ServerType server, String fileStem,
                                 byte[] pkcs8PrivateKey) {
    }

    record Bundle(String fileName, byte[] zip) {
    }
}
