package org.certdesk.adapters.mariadb;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A TLS certificate for the embedded MariaDB, made once and kept. Without it MariaDB 11.4
 * generates a fresh key at every start, which costs 3-9 s (STACK.md).
 */
final class SelfSignedServerCertificate {

    private final Path certificate;
    private final Path privateKey;

    SelfSignedServerCertificate(Path directory) {
        this.certificate = directory.resolve("server-cert.pem");
        this.privateKey = directory.resolve("server-key.pem");
    }

    Path certificate() {
        return certificate;
    }

    Path privateKey() {
        return privateKey;
    }

    /** Creates the certificate and key unless both exist already. */
    SelfSignedServerCertificate ensureExists() {
        if (Files.isRegularFile(certificate) && Files.isRegularFile(privateKey)) {
            return this;
        }
        try {
            Files.createDirectories(certificate.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=CertDesk embedded MariaDB");
            Instant now = Instant.now();
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                    name,
                    new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    name,
                    keyPair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()));
            writePem(privateKey, keyPair.getPrivate());
            writePem(certificate, holder);
            return this;
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not create the embedded MariaDB's TLS certificate in " + certificate.getParent(), e);
        }
    }

    private static void writePem(Path file, Object object) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
    }
}
