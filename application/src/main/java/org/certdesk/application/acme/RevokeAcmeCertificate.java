package org.certdesk.application.acme;

import java.util.Arrays;

import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.RevocationReason;

/**
 * Use case: revokeCert (RFC 8555 7.6), signed either by the account that ordered the certificate
 * or by the certificate's own key (the edge has checked that signature). It revokes through the
 * console's own use case, so the CRL lists the serial and the console shows it revoked.
 */
public class RevokeAcmeCertificate {

    private final IssuedCertificateChains chains;
    private final Certificates certificates;
    private final AcmeOrders orders;
    private final RevokeCertificate revokeCertificate;
    private final Transactions transactions;

    public RevokeAcmeCertificate(IssuedCertificateChains chains, Certificates certificates, AcmeOrders orders,
                                 RevokeCertificate revokeCertificate, Transactions transactions) {
        this.chains = chains;
        this.certificates = certificates;
        this.orders = orders;
        this.revokeCertificate = revokeCertificate;
        this.transactions = transactions;
    }

    /**
     * RFC 8555 7.6: the account that ordered the certificate may revoke it. Another account, even
     * of the same tenant, may not: one server's key must not be able to revoke every certificate
     * of its organization (the console and the certificate's own key can).
     */
    public void byAccount(AcmeAccount account, String serialHex, Integer reasonCode) {
        account.requireValid();
        Certificate certificate = find(serialHex);
        boolean ordered = transactions.inTransaction(() -> orders.findByCertificate(certificate.id()))
                .filter(order -> order.account().equals(account.id())).isPresent();
        if (!ordered) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "Only the ACME account that ordered a certificate may revoke it "
                    + "with its account key; use the certificate's own key or the console.");
        }
        revoke(AcmeActors.of(account), certificate, reasonCode);
    }

    /** The request was signed with the certificate's private key: whoever holds it may revoke. */
    public void byCertificateKey(String serialHex, Integer reasonCode) {
        Certificate certificate = find(serialHex);
        revoke(new Actor(null, "acme-certificate-key", Role.ADMIN, null), certificate, reasonCode);
    }

    private Certificate find(String serialHex) {
        return transactions.inTransaction(() -> chains.bySerial(serialHex)
                .flatMap(chain -> certificates.findAnyById(chain.certificate()))
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "This CA issued no certificate with serial "
                        + serialHex + ".")));
    }

    private void revoke(Actor actor, Certificate certificate, Integer reasonCode) {
        if (certificate.status() == CertificateStatus.REVOKED) {
            throw new AcmeProblem(AcmeProblemType.ALREADY_REVOKED, "The certificate is already revoked.");
        }
        int code = reasonCode == null ? 0 : reasonCode;
        RevocationReason reason = Arrays.stream(RevocationReason.values()).filter(r -> r.code() == code).findFirst()
                .filter(RevocationReason::allowedForSubscriberCertificates)
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.BAD_REVOCATION_REASON,
                        "Reason code " + code + " is not allowed for a subscriber certificate (BR 7.2.2)."));
        CertificateId id = certificate.id();
        revokeCertificate.revoke(actor, id, reason);
    }
}
