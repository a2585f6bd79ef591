package org.certdesk.adapters.download;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.certdesk.adapters.ca.hierarchy.CaCertificates;
import org.certdesk.adapters.ca.issuance.IssuedCertificateFiles;
import org.certdesk.adapters.ca.issuance.IssuedCertificates;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.domain.download.KeyProtection;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Zips an issued or an uploaded certificate the way each server wants it (SPEC "Download", after
 * the seed's product): PEM for nginx/Apache/other, PKCS#12 for IIS and Tomcat, JKS for older
 * Tomcat. The private key goes in only under the customer's password (or, by their explicit
 * choice, as clear PEM); no password is ever written into the zip.
 */
@Component
class ZipCertificateBundles implements CertificateBundles {

    private final IssuedCertificates issued;
    private final CaCertificates caCertificates;
    private final ProtectedKeys keys = new ProtectedKeys(new SecureRandom());

    ZipCertificateBundles(IssuedCertificates issued, CaCertificates caCertificates) {
        this.issued = issued;
        this.caCertificates = caCertificates;
    }

    @Override
    public Bundle bundle(BundleRequest request) {
        IssuedCertificateFiles files = issued.bySerial(request.serialHex())
                .orElseThrow(() -> new DomainException(Refusal.of("download.noSuchSerial", request.serialHex())));
        return pack(new PemFiles(files.leafPem(), files.chainPem(), files.rootPem()), request.server(), request.fileStem(),
                KeyToPack.of(request.pkcs8PrivateKey(), request.keyProtection()));
    }

    @Override
    public Bundle bundle(UploadedBundleRequest request) {
        // The customer's chain may or may not end in its root; it is passed on as uploaded.
        return pack(new PemFiles(request.certificatePem(), request.chainPem(), null), request.server(), request.fileStem(),
                KeyToPack.of(request.pkcs8PrivateKey(), request.keyProtection()));
    }

    /** What goes into a bundle: the leaf, its chain (possibly empty) and the root when CertDesk knows it. */
    private record PemFiles(String leafPem, String chainPem, String rootPem) {

        String fullChainPem() {
            return leafPem + chainPem;
        }
    }

    /** The key with the protection chosen for it; null when the customer brought their own CSR. */
    private record KeyToPack(byte[] pkcs8, KeyProtection protection) {

        static KeyToPack of(byte[] pkcs8, KeyProtection protection) {
            if (pkcs8 == null) {
                return null;
            }
            if (protection == null) {
                throw new IllegalArgumentException("A private key needs its protection chosen");
            }
            return new KeyToPack(pkcs8, protection);
        }
    }

    private Bundle pack(PemFiles files, ServerType server, String stem, KeyToPack key) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        switch (server) {
            case NGINX -> {
                entries.put(stem + ".pem", ascii(files.fullChainPem()));
                putKey(entries, stem + ".key", key);
            }
            case APACHE -> {
                entries.put(stem + "_public.crt", ascii(files.leafPem()));
                putChain(entries, stem + "_chain.crt", files);
                putKey(entries, stem + ".key", key);
            }
            case TOMCAT_PFX, IIS -> entries.put(stem + ".pfx", keyStore(server, "PKCS12", files, key));
            case TOMCAT_JKS -> entries.put(stem + ".jks", keyStore(server, "JKS", files, key));
            case OTHER -> {
                entries.put(stem + ".crt", ascii(files.leafPem()));
                putChain(entries, stem + "_chain.crt", files);
                if (files.rootPem() != null) {
                    entries.put("root.crt", ascii(files.rootPem()));
                }
                putKey(entries, stem + ".key", key);
            }
        }
        return new Bundle(stem + "_" + server.name().toLowerCase() + ".zip", zip(entries));
    }

    private static void putChain(Map<String, byte[]> entries, String name, PemFiles files) {
        if (!files.chainPem().isBlank()) {
            entries.put(name, ascii(files.chainPem()));
        }
    }

    @Override
    public String rootPem() {
        return caCertificates.rootPem();
    }

    private byte[] keyStore(ServerType server, String type, PemFiles files, KeyToPack key) {
        if (key == null) {
            throw new DomainException(Refusal.of("download.noPrivateKey", type));
        }
        // check() refuses a clear key for a store, so what is left is encrypted.
        var password = ((KeyProtection.Encrypted) server.check(key.protection())).password();
        try {
            List<Certificate> chain = new ArrayList<>();
            chain.add(x509(files.leafPem()));
            if (!files.chainPem().isBlank()) {
                chain.addAll(CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(ascii(files.chainPem()))));
            }
            return keys.keyStore(type, key.pkcs8(), chain, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the certificates for the " + type + " store", e);
        }
    }

    private void putKey(Map<String, byte[]> entries, String name, KeyToPack key) {
        if (key != null) {
            entries.put(name, ascii(keys.pem(key.pkcs8(), key.protection())));
        }
    }

    private static Certificate x509(String pem) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(ascii(pem)));
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the zip", e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
