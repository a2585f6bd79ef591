package org.certdesk.adapters.ca.hierarchy;

import java.net.URI;

import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Where the application publishes CA certificates and CRLs: {@code <public-url>/ca/<id>.crt} and
 * {@code <public-url>/crl/<id>.crl}, written into AIA caIssuers (BR 7.1.2.7.7) and the CRL
 * distribution point (BR 7.1.2.11.2) of the certificates a CA signs.
 */
public final class CaUrls {

    private final String base;

    public CaUrls(String publicUrl) {
        String trimmed = publicUrl.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    public String caIssuers(String caId) {
        return base + "/ca/" + caId + ".crt";
    }

    public String crl(String caId) {
        return base + "/crl/" + caId + ".crl";
    }

    /** A local address cannot be fetched by relying parties elsewhere: worth a note, not a refusal (SPEC.md). */
    public boolean isLocal() {
        String host = URI.create(base).getHost();
        return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    public AuthorityInformationAccess authorityInformationAccess(String issuerId) {
        return new AuthorityInformationAccess(new AccessDescription(AccessDescription.id_ad_caIssuers,
                new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(caIssuers(issuerId)))));
    }

    public CRLDistPoint crlDistributionPoint(String issuerId) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(crl(issuerId))));
        return new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(DistributionPointName.FULL_NAME, names), null, null)});
    }

    @Override
    public String toString() {
        return base;
    }
}
