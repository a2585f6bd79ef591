package org.certdesk.adapters.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.annotation.PreDestroy;
import org.certdesk.adapters.ca.issuance.BouncyCastleCertificateAuthority;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An append-only record, outside the database, of every certificate the CA handed out: one line
 * "certificate-id serial" once the CA's transaction has committed, fsync'ed before the caller
 * goes on. The crash harness (docs/benchmarks.md, "Exactly once under kill -9") reads it to check
 * the database against what the CA returned, so a committed row the database lost, or a second
 * certificate for one application, shows. Off unless {@code certdesk.ca.issuance-journal} names a
 * file; one fsync per issuance is the whole cost.
 */
@Component
@Primary
@ConditionalOnProperty(name = "certdesk.ca.issuance-journal")
class JournalingCertificateAuthority implements CertificateAuthority {

    private final CertificateAuthority ca;
    private final FileChannel journal;

    JournalingCertificateAuthority(BouncyCastleCertificateAuthority ca, @Value("${certdesk.ca.issuance-journal}") Path file)
            throws IOException {
        this.ca = ca;
        this.journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @Override
    public IssuedCertificate sign(SigningRequest request) {
        IssuedCertificate issued = ca.sign(request);
        String line = request.certificate().value() + " " + issued.serialHex() + "\n";
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    append(line);
                }
            });
        } else {
            append(line);
        }
        return issued;
    }

    private synchronized void append(String line) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                journal.write(bytes);
            }
            journal.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        journal.close();
    }
}
