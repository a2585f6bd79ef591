package org.certdesk.adapters.ca.lint;

import org.certdesk.adapters.ca.csr.SubscriberKeyCheck;
import org.certdesk.adapters.ca.hierarchy.CaUrls;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/** The subscriber-certificate lint checks (BR 7.1.2.7 and SPEC.md's changes of 2026-11-25). */
final class LeafLints {

    private static final Duration NOT_BEFORE_TOLERANCE = Duration.ofHours(48);
    private static final List<ASN1ObjectIdentifier> REQUIRED_EXTENSIONS = List.of(Extension.authorityInfoAccess,
            Extension.authorityKeyIdentifier, Extension.certificatePolicies, Extension.extendedKeyUsage,
            Extension.subjectAlternativeName, Extension.keyUsage, Extension.basicConstraints, Extension.cRLDistributionPoints);

    private LeafLints() {
    }

    /** Named as the details page translates them ({@code details.lint.<name>}); the sections repeat the methods' comments. */
    static List<LintRule> all() {
        return List.of(
                new LintRule("sansEqualValidatedNames", "7.1.2.7.12", LeafLints::sansEqualValidatedNames),
                new LintRule("namesWillingToIssue", "4.2.2", LeafLints::namesWillingToIssue),
                new LintRule("validityWithinPolicy", "6.3.2", LeafLints::validityWithinPolicy),
                new LintRule("notBeforeNearSigningTime", "7.1.2.7", LeafLints::notBeforeNearSigningTime),
                new LintRule("keyAllowed", "6.1.5", LeafLints::keyAllowed),
                new LintRule("requiredExtensionsPresent", "7.1.2.7.6", LeafLints::requiredExtensionsPresent),
                new LintRule("noSubjectKeyIdentifier", "7.1.2.7.6", LeafLints::noSubjectKeyIdentifier),
                new LintRule("extendedKeyUsageServerAuthOnly", "7.1.2.7.10", LeafLints::extendedKeyUsageServerAuthOnly),
                new LintRule("notACa", "7.1.2.7.8", LeafLints::notACa),
                new LintRule("sanCriticalExactlyWhenSubjectEmpty", "7.1.2.7.12", LeafLints::sanCriticalExactlyWhenSubjectEmpty),
                new LintRule("subjectHasNoOuAndCnIsASan", "7.1.4.2", LeafLints::subjectHasNoOuAndCnIsASan),
                new LintRule("serialHasEntropy", "7.1", LeafLints::serialHasEntropy),
                new LintRule("publicUrlIsNotLocal", "", LeafLints::publicUrlIsNotLocal));
    }

    /** BR 7.1.2.7.12: the SANs are the validated names, no more, no fewer. */
    static Optional<LintFinding> sansEqualValidatedNames(LintInput input) {
        return refusal(() -> {
            List<Identifier> sans = sans(input.certificate());
            if (!new HashSet<>(sans).equals(new HashSet<>(input.validatedNames().asList())) || sans.size() != input.validatedNames().size()) {
                throw new DomainException(Refusal.of("lint.namesNotValidated", new Refusal.Written(String.valueOf(sans)),
                        new Refusal.Written(String.valueOf(input.validatedNames()))));
            }
        });
    }

    /** BR 4.2.2, 3.2.2.6: no internal names (demo zone aside while served), no wildcard on a public suffix. */
    static Optional<LintFinding> namesWillingToIssue(LintInput input) {
        return refusal(() -> input.policy().willingToIssue(Identifiers.of(sans(input.certificate())), input.demoZoneServed()));
    }

    /** BR 6.3.2: never longer than the maximum for the issuance date. */
    static Optional<LintFinding> validityWithinPolicy(LintInput input) {
        return refusal(() -> input.policy().checkValidity(notBefore(input), input.certificate().getEndDate().getDate().toInstant(),
                input.signingTime()));
    }

    /** BR 7.1.2.7: notBefore within 48 hours of the signing operation. */
    static Optional<LintFinding> notBeforeNearSigningTime(LintInput input) {
        Duration gap = Duration.between(input.signingTime(), notBefore(input)).abs();
        return gap.compareTo(NOT_BEFORE_TOLERANCE) > 0
                ? Optional.of(LintFinding.error("Its notBefore " + notBefore(input) + " is more than 48 hours from the signing time."))
                : Optional.empty();
    }

    /** BR 6.1.5, 6.1.6. */
    static Optional<LintFinding> keyAllowed(LintInput input) {
        return refusal(() -> SubscriberKeyCheck.check(input.certificate().getSubjectPublicKeyInfo(), input.policy()));
    }

    /** BR 7.1.2.7.6: the extensions a subscriber certificate MUST (or here always does) carry. */
    static Optional<LintFinding> requiredExtensionsPresent(LintInput input) {
        List<String> missing = new ArrayList<>();
        for (ASN1ObjectIdentifier oid : REQUIRED_EXTENSIONS) {
            if (extension(input, oid) == null) {
                missing.add(oid.getId());
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(LintFinding.error("Required extensions are missing: " + missing + "."));
    }

    /** BR 7.1.2.7.6: subjectKeyIdentifier NOT RECOMMENDED in a subscriber certificate (SPEC.md: never). */
    static Optional<LintFinding> noSubjectKeyIdentifier(LintInput input) {
        return extension(input, Extension.subjectKeyIdentifier) == null ? Optional.empty()
                : Optional.of(LintFinding.error("It carries a subjectKeyIdentifier, which subscriber certificates must not."));
    }

    /** BR 7.1.2.7.10: id-kp-serverAuth, and nothing else in CertDesk's profile. */
    static Optional<LintFinding> extendedKeyUsageServerAuthOnly(LintInput input) {
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(input.certificate().getExtensions());
        boolean onlyServerAuth = eku != null && eku.getUsages().length == 1 && eku.hasKeyPurposeId(KeyPurposeId.id_kp_serverAuth);
        return onlyServerAuth ? Optional.empty() : Optional.of(LintFinding.error("Its extended key usage must be serverAuth only."));
    }

    /** BR 7.1.2.7.8. */
    static Optional<LintFinding> notACa(LintInput input) {
        BasicConstraints constraints = BasicConstraints.fromExtensions(input.certificate().getExtensions());
        return constraints != null && constraints.isCA()
                ? Optional.of(LintFinding.error("It is marked as a CA certificate.")) : Optional.empty();
    }

    /** BR 7.1.2.7.12: critical exactly when the subject is empty. */
    static Optional<LintFinding> sanCriticalExactlyWhenSubjectEmpty(LintInput input) {
        Extension san = extension(input, Extension.subjectAlternativeName);
        boolean subjectEmpty = input.certificate().getSubject().getRDNs().length == 0;
        return san == null || san.isCritical() == subjectEmpty ? Optional.empty()
                : Optional.of(LintFinding.error("Its subjectAltName must be critical exactly when the subject is empty."));
    }

    /** BR 7.1.4.2: no organizationalUnitName; BR 7.1.2.7.2: a commonName repeats a SAN. */
    static Optional<LintFinding> subjectHasNoOuAndCnIsASan(LintInput input) {
        var subject = input.certificate().getSubject();
        if (subject.getRDNs(BCStyle.OU).length > 0) {
            return Optional.of(LintFinding.error("Its subject carries an organizationalUnitName."));
        }
        for (var rdn : subject.getRDNs(BCStyle.CN)) {
            String cn = rdn.getFirst().getValue().toString();
            if (input.validatedNames().asList().stream().noneMatch(name -> name.value().equals(cn))) {
                return Optional.of(LintFinding.error("Its commonName '" + cn + "' is not one of its names."));
            }
        }
        return Optional.empty();
    }

    /** BR 7.1: at least 64 bits from a CSPRNG in a positive serial. */
    static Optional<LintFinding> serialHasEntropy(LintInput input) {
        BigInteger serial = input.certificate().getSerialNumber().getValue();
        return serial.signum() > 0 && serial.bitLength() >= 64 && serial.bitLength() <= 159 ? Optional.empty()
                : Optional.of(LintFinding.error("Its serial number is not a positive number of 64 to 159 bits."));
    }

    /** SPEC.md: a local public URL is a deployment note, not a refusal. */
    static Optional<LintFinding> publicUrlIsNotLocal(LintInput input) {
        AuthorityInformationAccess aia = AuthorityInformationAccess.fromExtensions(input.certificate().getExtensions());
        if (aia == null) {
            return Optional.empty();
        }
        for (AccessDescription description : aia.getAccessDescriptions()) {
            String url = ASN1IA5String.getInstance(description.getAccessLocation().getName()).getString();
            if (new CaUrls(URI.create(url).resolve("/").toString()).isLocal()) {
                return Optional.of(LintFinding.notice("AIA and CRL URLs point to a local address (" + url
                        + "): fine for a local deployment; set certdesk.public-url for others to reach them."));
            }
        }
        return Optional.empty();
    }

    static List<Identifier> sans(TBSCertificate certificate) {
        GeneralNames names = GeneralNames.fromExtensions(certificate.getExtensions(), Extension.subjectAlternativeName);
        if (names == null) {
            throw new DomainException(Refusal.of("lint.noSan"));
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (GeneralName name : names.getNames()) {
            identifiers.add(switch (name.getTagNo()) {
                case GeneralName.dNSName -> Identifier.parse(ASN1IA5String.getInstance(name.getName()).getString());
                case GeneralName.iPAddress -> IpAddress.parse(ipText(ASN1OctetString.getInstance(name.getName()).getOctets()));
                default -> throw new DomainException(Refusal.of("lint.otherSanType"));
            });
        }
        return identifiers;
    }

    private static String ipText(byte[] octets) {
        try {
            return InetAddress.getByAddress(octets).getHostAddress();
        } catch (UnknownHostException e) {
            throw new DomainException(Refusal.of("lint.badIpLength"));
        }
    }

    private static Extension extension(LintInput input, ASN1ObjectIdentifier oid) {
        return input.certificate().getExtensions() == null ? null : input.certificate().getExtensions().getExtension(oid);
    }

    private static Instant notBefore(LintInput input) {
        return input.certificate().getStartDate().getDate().toInstant();
    }

    private static Optional<LintFinding> refusal(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(LintFinding.error(e.getMessage()));
        }
    }
}
