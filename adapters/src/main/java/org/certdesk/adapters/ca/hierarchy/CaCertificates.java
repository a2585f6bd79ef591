package org.certdesk.adapters.ca.hierarchy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Read side for the CA's own certificates: the root for users to trust, the intermediates for AIA. */
@Component
public class CaCertificates {

    /** One CA certificate as listed in the admin area and served at {@code /ca/<id>.crt}. */
    public record CaCertificate(String id, String role, String subject, String pem) {
    }

    private final CaHierarchyKeeper hierarchy;

    CaCertificates(CaHierarchyKeeper hierarchy) {
        this.hierarchy = hierarchy;
    }

    public String rootPem() {
        return hierarchy.hierarchy().root().pem();
    }

    public Optional<String> pem(String caId) {
        return Optional.ofNullable(hierarchy.hierarchy().byId(caId)).map(SigningCa::pem);
    }

    public List<CaCertificate> all() {
        CaHierarchy current = hierarchy.hierarchy();
        return List.of(describe(current.root(), "root"), describe(current.ecIssuer(), "issuing (ECDSA)"),
                describe(current.rsaIssuer(), "issuing (RSA)"));
    }

    private static CaCertificate describe(SigningCa ca, String role) {
        return new CaCertificate(ca.id(), role, ca.certificate().getSubject().toString(), ca.pem());
    }
}
