package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.ca.csr.BouncyCastleCsrInspector;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.CaSettings;
import org.certdesk.adapters.ca.hierarchy.KeyFamily;
import org.certdesk.adapters.ca.hierarchy.Serials;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import org.certdesk.adapters.ca.lint.CertificateLint;
import org.certdesk.adapters.ca.lint.LintInput;
import org.certdesk.adapters.ca.lint.PassedCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.certdesk.application.port.CsrInspector.InspectedCsr;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.adapters.ca.issuance.IssuedCertificateStore.StoredLeaf;
import org.certdesk.adapters.ca.issuance.IssuerSigner.ToBeSigned;
import org.springframework.stereotype.Component;

/**
 * Signs subscriber certificates with the issuing intermediate of the CSR's key family. Order:
 * return an earlier result for the same certificate and CSR (a retry after a crash signs nothing
 * new), re-inspect the CSR (parsed once), build the to-be-signed certificate, lint that exact
 * TBSCertificate before any signature exists (BR 4.3.1.2), sign its DER bytes once, check the
 * signed TBS is the linted one, store leaf, chain and the lint result.
 */
@Component
public class BouncyCastleCertificateAuthority implements CertificateAuthority {

    private final CaHierarchyKeeper hierarchy;
    private final BouncyCastleCsrInspector inspector;
    private final IssuedCertificateStore store;
    private final CaSettings settings;
    private final Clock clock;
    private final LeafProfile profile;
    private final CertificateLint lint = CertificateLint.subscriberCertificate();
    private final Map<String, IssuerSigner> signers = new ConcurrentHashMap<>();

    BouncyCastleCertificateAuthority(CaHierarchyKeeper hierarchy, BouncyCastleCsrInspector inspector, IssuedCertificateStore store,
                                     CaSettings settings, Clock clock) {
        this.hierarchy = hierarchy;
        this.inspector = inspector;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.profile = new LeafProfile(settings.urls(), settings.dvCommonName());
    }

    @Override
    public IssuedCertificate sign(SigningRequest request) {
        // Parsed once: the exactly-once key, the checks and the certificate all read this object.
        PKCS10CertificationRequest csr = inspector.parse(request.csrPem());
        String csrSha256 = sha256Hex(csr);
        long certificateId = request.certificate().value();
        var earlier = store.findByRequest(certificateId, csrSha256);
        if (earlier.isPresent()) {
            return toIssued(earlier.get());
        }
        InspectedCsr inspected = inspector.inspect(csr, request.csrPem(), request.identifiers());
        IssuerSigner signer = signerFor(hierarchy.hierarchy().issuerFor(KeyFamily.of(inspected.keyAlgorithm().family())));

        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = request.notBefore() == null ? now : request.notBefore().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = cappedNotAfter(request, notBefore, now, settings.policy());
        BigInteger serial = Serials.random();
        ToBeSigned tbs = signer.toBeSigned(
                profile.toBeSigned(request, csr.getSubjectPublicKeyInfo(), signer.issuer(), serial, notBefore, notAfter));

        List<PassedCheck> passed = lint.requireClean(new LintInput(tbs.structure(), request.identifiers(), now,
                settings.demoZoneServed(), settings.policy()));
        byte[] leaf = signer.sign(tbs);
        requireSameTbs(tbs, leaf);

        StoredLeaf stored = store.insertOrGetExisting(new StoredLeaf(Serials.hex(serial), certificateId, csrSha256, signer.issuer().id(),
                Pem.encode("CERTIFICATE", leaf), signer.pem(), notBefore, notAfter, clock.instant()));
        if (stored.serialHex().equals(Serials.hex(serial))) { // not a concurrent attempt's leaf, which kept its own result
            store.recordLint(stored.serialHex(), passed);
        }
        return toIssued(stored);
    }

    /**
     * The request's notAfter, but never beyond the dated maximum (BR 6.3.2); without one, the
     * policy's default, a day under that maximum (BR 6.3.2 SHOULD NOT limit).
     */
    static Instant cappedNotAfter(SigningRequest request, Instant notBefore, Instant now, IssuancePolicy policy) {
        if (request.notAfter() == null) {
            return policy.defaultNotAfter(notBefore, now);
        }
        Instant latest = policy.latestNotAfter(notBefore, now);
        Instant requested = request.notAfter().truncatedTo(ChronoUnit.SECONDS);
        return requested.isAfter(latest) ? latest : requested;
    }

    /** Per issuing CA, made on its first leaf; the hierarchy is loaded once (CaHierarchyKeeper), so ids do not change meaning. */
    private IssuerSigner signerFor(SigningCa issuer) {
        return signers.computeIfAbsent(issuer.id(), id -> new IssuerSigner(issuer));
    }

    /**
     * BR 4.3.1.2: the technical control that what was signed is exactly what was linted, read back
     * from the certificate as it will be stored.
     */
    private static void requireSameTbs(ToBeSigned linted, byte[] signedCertificate) {
        try {
            byte[] signedTbs = Certificate.getInstance(signedCertificate).getTBSCertificate().getEncoded(ASN1Encoding.DER);
            if (!Arrays.equals(linted.der(), signedTbs)) {
                throw new IllegalStateException("The signed certificate differs from the linted one; nothing was stored.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256Hex(PKCS10CertificationRequest csr) {
        try {
            return HexFormat.of().formatHex(CaHierarchyKeeper.sha256(csr.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IssuedCertificate toIssued(StoredLeaf leaf) {
        return new IssuedCertificate(leaf.serialHex(), leaf.notBefore(), leaf.notAfter());
    }
}
