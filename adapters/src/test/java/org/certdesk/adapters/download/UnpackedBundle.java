package org.certdesk.adapters.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.certdesk.application.port.CertificateBundles.Bundle;

/** A downloaded zip written out file by file, so openssl and keytool read exactly what the customer gets. */
record UnpackedBundle(Path directory, Set<String> names) {

    static UnpackedBundle of(Bundle bundle, Path directory) throws IOException {
        Files.createDirectories(directory);
        Set<String> names = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle.zip()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = directory.resolve(entry.getName()).normalize();
                if (!file.startsWith(directory)) {
                    throw new AssertionError("The zip entry escapes its folder: " + entry.getName());
                }
                Files.write(file, zip.readAllBytes());
                names.add(entry.getName());
            }
        }
        return new UnpackedBundle(directory, names);
    }

    String text(String name) throws IOException {
        return Files.readString(directory.resolve(name), StandardCharsets.US_ASCII);
    }
}
