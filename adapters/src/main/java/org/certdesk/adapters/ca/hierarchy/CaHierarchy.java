package org.certdesk.adapters.ca.hierarchy;

/** The root and its two issuing intermediates (ECDSA P-256 and RSA-2048). */
public record CaHierarchy(SigningCa root, SigningCa ecIssuer, SigningCa rsaIssuer) {

    public SigningCa issuerFor(KeyFamily family) {
        return family == KeyFamily.EC ? ecIssuer : rsaIssuer;
    }

    public SigningCa byId(String id) {
        for (SigningCa ca : new SigningCa[] {root, ecIssuer, rsaIssuer}) {
            if (ca.id().equals(id)) {
                return ca;
            }
        }
        return null;
    }
}
