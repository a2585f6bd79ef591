package org.certdesk.application.acme;

import java.time.Instant;

import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.CertificateSuccessions.Succession;
import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;

/**
 * The checks RFC 9773 5 asks of a new order's {@code replaces}: it names a certificate this CA
 * issued to the account's tenant, sharing at least one identifier with the new order. Called
 * inside the ordering transaction; once the order is issued, the old certificate is linked to
 * its replacement.
 */
public class ReplacedCertificates {

    private final IssuedCertificateChains chains;
    private final Certificates certificates;
    private final AcmeOrders orders;
    private final CertificateSuccessions successions;

    public ReplacedCertificates(IssuedCertificateChains chains, Certificates certificates, AcmeOrders orders,
                                CertificateSuccessions successions) {
        this.chains = chains;
        this.certificates = certificates;
        this.orders = orders;
        this.successions = successions;
    }

    /** Inside the issuing transaction: the certificate the order named in {@code replaces} is followed by the new one. */
    void linkReplacement(AcmeOrder order, CertificateId replacement, Instant at) {
        order.replaces().flatMap(ariCertificateId -> chains.bySerial(AcmeRenewalInformation.serialOf(ariCertificateId)))
                .ifPresent(old -> successions.record(new Succession(old.certificate(), replacement,
                        CertificateSuccessions.Kind.REPLACEMENT, at)));
    }

    void requireReplaceable(AcmeAccount account, String ariCertificateId, Identifiers newIdentifiers) {
        String serial = AcmeRenewalInformation.serialOf(ariCertificateId);
        Certificate old = chains.bySerial(serial).flatMap(chain -> certificates.findById(account.tenant(), chain.certificate()))
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.MALFORMED,
                        "replaces names no certificate this CA issued to your account."));
        boolean shared = old.application().map(a -> a.identifiers().asList().stream().anyMatch(newIdentifiers::contains))
                .orElse(false);
        if (!shared) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The replacement shares no identifier with the certificate it replaces ("
                    + old.application().map(a -> String.join(", ", a.identifiers().asList().stream().map(Identifier::display).toList()))
                    .orElse("") + ").");
        }
        if (orders.isReplaced(ariCertificateId)) {
            throw new AcmeProblem(AcmeProblemType.CONFLICT, "That certificate was already replaced by an order that was finalized.");
        }
    }
}
