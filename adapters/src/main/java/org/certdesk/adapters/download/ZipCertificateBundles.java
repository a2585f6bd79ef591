package org.certdesk.adapters.download;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.io.pem.PemObject;
import org.certdesk.adapters.ca.hierarchy.CaCertificates;
import org.certdesk.adapters.ca.issuance.IssuedCertificateFiles;
import org.certdesk.adapters.ca.issuance.IssuedCertificates;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.springframework.stereotype.Component;

/**
 * Zips an issued or an uploaded certificate the way each server wants it (SPEC "Download", after
 * the seed's product): PEM for nginx/Apache/other, PKCS#12 for IIS and Tomcat, JKS for older
 * Tomcat, with a random password in a text file beside the store.
 */
@Component
class ZipCertificateBundles implements CertificateBundles {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final IssuedCertificates issued;
    private final CaCertificates caCertificates;
    private final SecureRandom random = new SecureRandom();

    ZipCertificateBundles(IssuedCertificates issued, CaCertificates caCertificates) {
        this.issued = issued;
        this.caCertificates = caCertificates;
    }

    @Override
    public Bundle bundle(BundleRequest request) {
        IssuedCertificateFiles files = issued.bySerial(request.serialHex())
                .orElseThrow(() -> new DomainException(Refusal.of("download.noSuchSerial", request.serialHex())));
        return pack(new PemFiles(files.leafPem(), files.chainPem(), files.rootPem()), request.server(), request.fileStem(),
                request.pkcs8PrivateKey());
    }

    @Override
    public Bundle bundle(UploadedBundleRequest request) {
        // The customer's chain may or may not end in its root; it is passed on as uploaded.
        return pack(new PemFiles(request.certificatePem(), request.chainPem(), null), request.server(), request.fileStem(),
                request.pkcs8PrivateKey());
    }

    /** What goes into a bundle: the leaf, its chain (possibly empty) and the root when CertDesk knows it. */
    private record PemFiles(String leafPem, String chainPem, String rootPem) {

        String fullChainPem() {
            return leafPem + chainPem;
        }
    }

    private Bundle pack(PemFiles files, ServerType server, String stem, byte[] key) {
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
            case TOMCAT_PFX, IIS -> keyStore(entries, "PKCS12", stem + ".pfx", "pfx-password.txt", files, key);
            case TOMCAT_JKS -> keyStore(entries, "JKS", stem + ".jks", "jks-password.txt", files, key);
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

    private void keyStore(Map<String, byte[]> entries, String type, String storeName, String passwordName,
                          PemFiles files, byte[] key) {
        if (key == null) {
            throw new DomainException(Refusal.of("download.noPrivateKey", type));
        }
        char[] password = password();
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            List<Certificate> chain = new ArrayList<>();
            chain.add(x509(files.leafPem()));
            if (!files.chainPem().isBlank()) {
                chain.addAll(CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(ascii(files.chainPem()))));
            }
            store.setKeyEntry("certdesk", privateKey(key), password, chain.toArray(Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            entries.put(storeName, out.toByteArray());
            entries.put(passwordName, ascii(new String(password) + "\n"));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not build the " + type + " store", e);
        }
    }

    /** The key as PKCS#8 "PRIVATE KEY" PEM, which nginx, Apache and openssl read for RSA and EC alike. */
    private static void putKey(Map<String, byte[]> entries, String name, byte[] pkcs8) {
        if (pkcs8 != null) {
            entries.put(name, ascii(pem(new PemObject("PRIVATE KEY", pkcs8))));
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return new JcaPEMKeyConverter().getPrivateKey(PrivateKeyInfo.getInstance(pkcs8));
        } catch (IOException e) {
            throw new IllegalStateException("The stored private key does not decode", e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static Certificate x509(String pem) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(ascii(pem)));
    }

    private char[] password() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
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
