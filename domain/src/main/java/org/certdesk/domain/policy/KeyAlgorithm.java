package org.certdesk.domain.policy;

/** The subscriber key types CertDesk accepts (BR 6.1.5: RSA of at least 2048 bits, ECDSA P-256/P-384). */
public enum KeyAlgorithm {
    RSA_2048("RSA", 2048, "RSA 2048"),
    RSA_3072("RSA", 3072, "RSA 3072"),
    RSA_4096("RSA", 4096, "RSA 4096"),
    EC_P256("EC", 256, "ECDSA P-256"),
    EC_P384("EC", 384, "ECDSA P-384");

    private final String family;
    private final int bits;
    private final String displayName;

    KeyAlgorithm(String family, int bits, String displayName) {
        this.family = family;
        this.bits = bits;
        this.displayName = displayName;
    }

    public String family() {
        return family;
    }

    public int bits() {
        return bits;
    }

    public boolean isRsa() {
        return family.equals("RSA");
    }

    public String displayName() {
        return displayName;
    }
}
