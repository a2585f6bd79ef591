package org.certdesk.adapters.ca.issuance;

import org.certdesk.adapters.ca.Pem;
import org.certdesk.adapters.ca.csr.BouncyCastleCsrInspector;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
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
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.certdesk.application.port.CsrInspector.InspectedCsr;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.adapters.ca.issuance.IssuedCertificateStore.StoredLeaf;
import org.springframework.stereotype.Component;

/**
 * Signs subscriber certificates with the issuing intermediate of the CSR's key family. Order:
 * return an earlier result for the same certificate and CSR (a retry after a crash signs nothing
 * new), re-inspect the CSR, build the to-be-signed certificate, lint it signed by a throwaway key
 * (BR 4.3.1.2), sign for real, check the signed TBS is the linted one, store leaf, chain and the
 * lint result.
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
    private final Map<KeyFamily, PrivateKey> lintKeys = new EnumMap<>(KeyFamily.class);

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
        PKCS10CertificationRequest csr = inspector.parse(request.csrPem());
        String csrSha256 = sha256Hex(csr);
        long certificateId = request.certificate().value();
        var earlier = store.findByRequest(certificateId, csrSha256);
        if (earlier.isPresent()) {
            return toIssued(earlier.get());
        }
        InspectedCsr inspected = inspector.inspect(request.csrPem(), request.identifiers());
        SigningCa issuer = hierarchy.hierarchy().issuerFor(KeyFamily.of(inspected.keyAlgorithm().family()));

        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = request.notBefore() == null ? now : request.notBefore().truncatedTo(ChronoUnit.SECONDS);
        Instant notAfter = cappedNotAfter(request, notBefore, now, settings.policy());
        BigInteger serial = Serials.random();
        X509v3CertificateBuilder toBeSigned = profile.toBeSigned(request, csr.getSubjectPublicKeyInfo(), issuer, serial, notBefore, notAfter);

        X509CertificateHolder linted = CaHierarchyFactory.sign(toBeSigned, issuer.family().leafSignatureAlgorithm(), lintKey(issuer.family()));
        List<PassedCheck> passed = lint.requireClean(new LintInput(linted, request.identifiers(), now, settings.demoZoneServed(),
                settings.policy()));
        X509CertificateHolder leaf = CaHierarchyFactory.sign(toBeSigned, issuer.family().leafSignatureAlgorithm(), issuer.privateKey());
        requireSameTbs(linted, leaf);

        StoredLeaf stored = store.insertOrGetExisting(new StoredLeaf(Serials.hex(serial), certificateId, csrSha256, issuer.id(),
                Pem.certificate(leaf), issuer.pem(), notBefore, notAfter, clock.instant()));
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

    /** A throwaway key per family, so the lint copy carries the same signature algorithm as the real one. */
    private synchronized PrivateKey lintKey(KeyFamily family) {
        return lintKeys.computeIfAbsent(family, f -> {
            KeyPair pair = f == KeyFamily.EC ? CaHierarchyFactory.ecKeyPair("secp256r1") : CaHierarchyFactory.rsaKeyPair();
            return pair.getPrivate();
        });
    }

    /** BR 4.3.1.2: the technical control that what was signed is exactly what was linted. */
    private static void requireSameTbs(X509CertificateHolder linted, X509CertificateHolder signed) {
        try {
            if (!Arrays.equals(linted.toASN1Structure().getTBSCertificate().getEncoded(),
                    signed.toASN1Structure().getTBSCertificate().getEncoded())) {
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
