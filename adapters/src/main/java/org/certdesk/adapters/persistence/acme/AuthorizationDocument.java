package org.certdesk.adapters.persistence.acme;

import java.time.Instant;
import java.util.List;

import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeChallenge;
import org.certdesk.domain.acme.AcmeOrderId;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.AcmeStatus;
import org.certdesk.domain.acme.ChallengeType;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * The JSON part of an authorization row: its challenges, once valid its evidence, and the order it
 * was created for (absent in rows written before that was recorded). Version 1.
 */
record AuthorizationDocument(int format, List<ChallengeDoc> challenges, EvidenceDoc evidence, Long order) {

    static final int FORMAT = 1;

    record ChallengeDoc(String type, String status, Instant validatedAt, String errorType, String errorDetail) {
    }

    record EvidenceDoc(String method, Instant validatedAt, String observed, Instant reusableUntil) {
    }

    static AuthorizationDocument of(AcmeAuthorization a) {
        return new AuthorizationDocument(FORMAT, a.challenges().stream().map(c -> new ChallengeDoc(c.type().name(), c.status().name(),
                        c.validatedAt(), c.errorType() == null ? null : c.errorType().name(), c.errorDetail())).toList(),
                a.evidence().map(e -> new EvidenceDoc(e.method().name(), e.validatedAt(), e.observed(), e.reusableUntil()))
                        .orElse(null),
                a.order().map(AcmeOrderId::value).orElse(null));
    }

    AcmeOrderId toOrder() {
        return order == null ? null : new AcmeOrderId(order);
    }

    List<AcmeChallenge> toChallenges() {
        return challenges.stream().map(c -> new AcmeChallenge(ChallengeType.valueOf(c.type()), AcmeStatus.valueOf(c.status()),
                c.validatedAt(), c.errorType() == null ? null : AcmeProblemType.valueOf(c.errorType()), c.errorDetail())).toList();
    }

    ValidationEvidence toEvidence(Identifier identifier) {
        return evidence == null ? null : new ValidationEvidence(identifier, VerificationMethod.valueOf(evidence.method()),
                evidence.validatedAt(), evidence.observed(), evidence.reusableUntil());
    }
}
