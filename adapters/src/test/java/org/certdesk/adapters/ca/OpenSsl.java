package org.certdesk.adapters.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real openssl on what the CA signed, so the tests judge by a second implementation. */
public final class OpenSsl {

    public record Result(int exitCode, String output) {
    }

    private final Path directory;

    public OpenSsl(Path directory) {
        this.directory = directory;
    }

    public Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.US_ASCII);
    }

    public Result run(String... arguments) throws IOException, InterruptedException {
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
    public Result verify(String rootPem, String intermediatePem, String leafPem) throws IOException, InterruptedException {
        write("root.pem", rootPem);
        write("intermediate.pem", intermediatePem);
        write("leaf.pem", leafPem);
        return run("verify", "-CAfile", "root.pem", "-untrusted", "intermediate.pem", "leaf.pem");
    }

    public String text(String certificatePem) throws IOException, InterruptedException {
        write("show.pem", certificatePem);
        return run("x509", "-in", "show.pem", "-noout", "-text").output();
    }

    /** {@code openssl crl -inform DER -noout -text}, failing the test when openssl cannot parse the CRL. */
    public String crlText(byte[] crlDer) throws IOException, InterruptedException {
        Files.write(directory.resolve("show.crl"), crlDer);
        Result result = run("crl", "-inform", "DER", "-in", "show.crl", "-noout", "-text");
        if (result.exitCode() != 0) {
            throw new AssertionError("openssl cannot parse the CRL: " + result.output());
        }
        return result.output();
    }

    /** {@code openssl verify -crl_check -CAfile root -untrusted intermediate -CRLfile crl leaf}, the CRL given in DER. */
    public Result verifyWithCrl(String rootPem, String intermediatePem, byte[] crlDer, String leafPem)
            throws IOException, InterruptedException {
        write("root.pem", rootPem);
        write("intermediate.pem", intermediatePem);
        write("leaf.pem", leafPem);
        Files.write(directory.resolve("issuer.crl.der"), crlDer);
        Result converted = run("crl", "-inform", "DER", "-in", "issuer.crl.der", "-out", "issuer.crl.pem");
        if (converted.exitCode() != 0) {
            throw new AssertionError("openssl cannot convert the CRL: " + converted.output());
        }
        return run("verify", "-crl_check", "-CAfile", "root.pem", "-untrusted", "intermediate.pem", "-CRLfile", "issuer.crl.pem", "leaf.pem");
    }
}
