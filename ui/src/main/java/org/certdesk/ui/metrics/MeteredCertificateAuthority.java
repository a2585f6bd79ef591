package org.certdesk.ui.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.shared.DomainException;

/**
 * Times every signing (CSR checks, lint, signature, durable store) as {@code certdesk.issuance}
 * by validation type and outcome: issued, refused (a rule said no) or failed.
 */
public final class MeteredCertificateAuthority implements CertificateAuthority {

    private final CertificateAuthority ca;
    private final MeterRegistry meters;

    public MeteredCertificateAuthority(CertificateAuthority ca, MeterRegistry meters) {
        this.ca = ca;
        this.meters = meters;
    }

    @Override
    public IssuedCertificate sign(SigningRequest request) {
        Timer.Sample started = Timer.start(meters);
        String outcome = "failed";
        try {
            IssuedCertificate issued = ca.sign(request);
            outcome = "issued";
            return issued;
        } catch (DomainException refused) {
            outcome = "refused";
            throw refused;
        } finally {
            started.stop(Timer.builder("certdesk.issuance").tag("type", request.type().name()).tag("outcome", outcome)
                    .publishPercentileHistogram().register(meters));
        }
    }
}
