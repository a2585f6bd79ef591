package org.certdesk.adapters.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterSecretTest {

    @TempDir
    Path directory;

    @Test
    void generatesTheSecretOnceIntoAnOwnerOnlyFileAndReusesIt() throws Exception {
        Path file = directory.resolve("nested/ca-master.key");

        MasterSecret first = MasterSecret.load(null, file);
        MasterSecret second = MasterSecret.load("", file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.bytes()).isEqualTo(first.bytes()).hasSize(32);
        assertThat(first.toString()).doesNotContain(new String(first.bytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aConfiguredSecretWinsOverTheFile() {
        Path file = directory.resolve("unused.key");

        MasterSecret secret = MasterSecret.load("configured secret", file);

        assertThat(secret.bytes()).isEqualTo("configured secret".getBytes(StandardCharsets.UTF_8));
        assertThat(file).doesNotExist();
    }

    @Test
    void aSealedBlobOpensOnlyWithTheSamePurposeAndSecret() {
        MasterSecret secret = MasterSecret.load("one", directory.resolve("x"));
        byte[] sealed = new SecretBox(secret, "purpose-a").seal("private key bytes".getBytes(StandardCharsets.UTF_8));

        assertThat(new SecretBox(secret, "purpose-a").open(sealed)).asString(StandardCharsets.UTF_8).isEqualTo("private key bytes");
        assertThatThrownBy(() -> new SecretBox(secret, "purpose-b").open(sealed)).hasMessageContaining("cannot be decrypted");
        assertThatThrownBy(() -> new SecretBox(MasterSecret.load("two", directory.resolve("x")), "purpose-a").open(sealed))
                .hasMessageContaining("cannot be decrypted");
    }
}
