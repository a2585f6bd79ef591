package org.certdesk.adapters.ca.hierarchy;

import java.util.Locale;

/** The two key families the CA has an issuing intermediate for: an RSA leaf chains to RSA, an EC leaf to EC. */
public enum KeyFamily {
    EC("SHA256withECDSA"),
    RSA("SHA256withRSA");

    private final String leafSignatureAlgorithm;

    KeyFamily(String leafSignatureAlgorithm) {
        this.leafSignatureAlgorithm = leafSignatureAlgorithm;
    }

    public String leafSignatureAlgorithm() {
        return leafSignatureAlgorithm;
    }

    public static KeyFamily of(String jcaAlgorithmOrFamily) {
        return switch (jcaAlgorithmOrFamily.toUpperCase(Locale.ROOT)) {
            case "EC", "ECDSA" -> EC;
            case "RSA" -> RSA;
            default -> throw new IllegalArgumentException("No issuing CA for key family " + jcaAlgorithmOrFamily);
        };
    }
}
