package org.certdesk.ui.acme;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import org.certdesk.application.acme.AcmeAccountRegistry;
import org.certdesk.application.acme.AcmeReplayNonces;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAccounts;
import org.certdesk.domain.acme.AcmeAccountStatus;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.EabCredential;
import org.certdesk.domain.acme.EabCredentials;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;

/**
 * Fuzzes the JWS checks every ACME POST goes through (RFC 8555 6.2-6.5, issue 14): the verifier
 * answers with a verified request or an {@link AcmeProblem}, never with another exception. The
 * nonce store accepts any nonce here, so fuzzed requests get past it to the key and signature
 * checks; account 1 exists and holds the key in {@code acme-fuzz-account-key.json}. Two targets
 * sign what the fuzzer made with that key, to reach the header and payload parsing behind the
 * signature check. docs/benchmarks.md has the command for a long run.
 */
class AcmeJwsFuzzTest {

    private static final AcmeLinks LINKS = new AcmeLinks("https://ca.example/acme");
    private static final String URL = LINKS.newOrder();
    private static final ECKey KEY = key();
    private static final String ORDER = "{\"identifiers\":[{\"type\":\"dns\",\"value\":\"www.example.com\"}]}";
    private static final String SIGNED_HEADER = "{\"alg\":\"ES256\",\"kid\":\"" + LINKS.account(1) + "\",\"nonce\":\"bm9uY2U\",\"url\":\""
            + URL + "\"}";
    private static final AcmeRequestVerifier VERIFIER = new AcmeRequestVerifier(new AnyNonce(), registryWithAccountOne());

    /** The request body as it arrives. */
    @FuzzTest(maxDuration = "10m")
    void body(byte[] input) {
        verify(new String(input, UTF_8));
    }

    /** The protected header's JSON, signed with account 1's key over the new-order payload. */
    @FuzzTest(maxDuration = "10m")
    void signedProtectedHeader(byte[] header) {
        verify(flattened(Base64URL.encode(header), Base64URL.encode(ORDER)));
    }

    /** The payload, signed with account 1's key under a valid header. */
    @FuzzTest(maxDuration = "10m")
    void signedPayload(byte[] payload) {
        verify(flattened(Base64URL.encode(SIGNED_HEADER), Base64URL.encode(payload)));
    }

    private static void verify(String body) {
        AcmeRequest request;
        try {
            request = VERIFIER.verify(body, URL, LINKS, AcmeRequestVerifier.KeyRule.EITHER);
        } catch (AcmeProblem refused) {
            assertThat(refused.type()).isNotNull();
            assertThat(refused.detail()).isNotBlank();
            return;
        }
        assertThat(request.jwk().isPrivate()).isFalse();
        assertThat(request.payload()).isNotNull();
    }

    private static String flattened(Base64URL protectedHeader, Base64URL payload) {
        try {
            byte[] signingInput = (protectedHeader + "." + payload).getBytes(UTF_8);
            Base64URL signature = new ECDSASigner(KEY).sign(new JWSHeader(JWSAlgorithm.ES256), signingInput);
            return "{\"protected\":\"" + protectedHeader + "\",\"payload\":\"" + payload + "\",\"signature\":\"" + signature + "\"}";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey key() {
        try (InputStream in = AcmeJwsFuzzTest.class.getResourceAsStream("acme-fuzz-account-key.json")) {
            return ECKey.parse(new String(in.readAllBytes(), UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replay protection is not what is fuzzed here: every non-null nonce is fresh. */
    private static final class AnyNonce extends AcmeReplayNonces {

        /** No ledger: nothing here issues a nonce, and consume never asks one. */
        AnyNonce() {
            super(null, Clock.systemUTC());
        }

        @Override
        public boolean consume(String nonce) {
            return nonce != null;
        }
    }

    private static AcmeAccountRegistry registryWithAccountOne() {
        AcmeAccount one = new AcmeAccount(new AcmeAccountId(1), new TenantId(1), "thumbprint", KEY.toPublicJWK().toJSONString(),
                List.of(), AcmeAccountStatus.VALID, "eab-1", Instant.EPOCH, null);
        AcmeAccounts accounts = new AcmeAccounts() {
            @Override
            public AcmeAccount save(AcmeAccount account) {
                throw new UnsupportedOperationException("the verifier only reads accounts");
            }

            @Override
            public Optional<AcmeAccount> find(AcmeAccountId id) {
                return id.value() == 1 ? Optional.of(one) : Optional.empty();
            }

            @Override
            public Optional<AcmeAccount> findByThumbprint(String keyThumbprint) {
                return Optional.empty();
            }

            @Override
            public List<AcmeAccount> list(Optional<TenantId> tenant) {
                return List.of(one);
            }
        };
        EabCredentials noCredentials = new EabCredentials() {
            @Override
            public void insert(EabCredential credential) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void update(EabCredential credential) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<EabCredential> find(String keyId) {
                return Optional.empty();
            }

            @Override
            public List<EabCredential> list(Optional<TenantId> tenant) {
                return List.of();
            }
        };
        AuditLog noAudit = new AuditLog() {
            @Override
            public void record(AuditEntry entry) {
            }

            @Override
            public List<AuditEntry> forCertificate(CertificateId certificate) {
                return List.of();
            }

            @Override
            public List<AuditEntry> search(AuditQuery query) {
                return List.of();
            }
        };
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }

            @Override
            public void afterCommit(CertificateId about, Runnable sideEffect) {
                sideEffect.run();
            }
        };
        return new AcmeAccountRegistry(accounts, noCredentials, noAudit, direct, Clock.systemUTC());
    }
}
