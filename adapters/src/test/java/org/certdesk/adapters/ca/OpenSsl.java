package org.certdesk.adapters.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real openssl on what the CA signed, so the tests judge by a second implementation. */
final class OpenSsl {

    record Result(int exitCode, String output) {
    }

    private final Path directory;

    OpenSsl(Path directory) {
        this.directory = directory;
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.US_ASCII);
    }

    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("openssl did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    /** {@code openssl verify -CAfile root -untrusted intermediate leaf}. */
    Result verify(String rootPem, String intermediatePem, String leafPem) throws IOException, InterruptedException {
        write("root.pem", rootPem);
        write("intermediate.pem", intermediatePem);
        write("leaf.pem", leafPem);
        return run("verify", "-CAfile", "root.pem", "-untrusted", "intermediate.pem", "leaf.pem");
    }

    String text(String certificatePem) throws IOException, InterruptedException {
        write("show.pem", certificatePem);
        return run("x509", "-in", "show.pem", "-noout", "-text").output();
    }
}
