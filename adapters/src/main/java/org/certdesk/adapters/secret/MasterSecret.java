package org.certdesk.adapters.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one secret every key kept at rest is derived from (CA keys, console-side subscriber keys).
 * Either configured ({@code certdesk.ca.master-secret}) or generated once into a file readable by
 * the owner only, so the embedded default works with no set-up and the database alone never
 * reveals a key.
 */
public final class MasterSecret {

    private static final Logger log = LoggerFactory.getLogger(MasterSecret.class);
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_CONFIGURED_LENGTH = 20;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] bytes;

    private MasterSecret(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The configured secret when there is one, else the file's, creating the file on first use. */
    public static MasterSecret load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            log.info("CA master secret: taken from the property certdesk.ca.master-secret.");
            if (configured.length() < MIN_CONFIGURED_LENGTH) {
                log.warn("certdesk.ca.master-secret is shorter than {} characters; use a long random value.", MIN_CONFIGURED_LENGTH);
            }
            return new MasterSecret(configured.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!Files.exists(file)) {
                createFile(file);
            }
            String encoded = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new MasterSecret(Base64.getDecoder().decode(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the CA master secret file " + file, e);
        }
    }

    private static void createFile(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        byte[] secret = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(secret);
        String encoded = Base64.getEncoder().encodeToString(secret) + "\n";
        try {
            // Created empty with owner-only permissions first, so the secret is never readable by others.
            if (Files.getFileAttributeView(file.getParent() == null ? Path.of(".") : file.getParent(), PosixFileAttributeView.class) != null) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, encoded, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            log.warn("CA master secret: generated a new random secret into {} (permissions rw-------). Back it up: "
                    + "without it the CA keys and stored subscriber keys cannot be decrypted. Set certdesk.ca.master-secret to manage it yourself.", file);
        } catch (FileAlreadyExistsException raced) {
            // Another instance created it at the same moment: use theirs.
            log.info("CA master secret: another process created {} first; using it.", file);
        }
    }

    /** A copy: callers derive keys from it and must not keep or log it. */
    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "MasterSecret[hidden]";
    }
}
