package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.certdesk.application.upload.UploadedCertificateSummary;
import org.certdesk.domain.upload.ExpiryState;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The Uploaded Certificates tab through its dialog, as alice: a certificate and key made by the
 * real openssl (one with a key of another certificate first), then the row, download and delete.
 */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class UploadedCertificatesTabTest extends BrowserlessTest {

    @TempDir
    Path directory;

    @Test
    void aMismatchedKeyIsRefusedAtTheKeyFieldAndTheMatchingOneAddsARow() throws Exception {
        String name = "up-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "key.pem",
                "-out", "cert.pem", "-subj", "/CN=" + name, "-addext", "subjectAltName=DNS:" + name + ",DNS:www." + name, "-days", "20");
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "other.pem");
        String label = "Shop " + name;
        UploadedCertificatesTab tab = openTab();

        test(tab.upload).click();
        UploadCertificateDialog dialog = $(UploadCertificateDialog.class).single();
        test(dialog.label).setValue(label);
        test(dialog.certificateFile).upload("cert.pem", "application/x-pem-file", Files.readAllBytes(directory.resolve("cert.pem")));
        assertThat(dialog.certificatePem.getValue()).startsWith("-----BEGIN CERTIFICATE-----");
        test(dialog.keyPem).setValue(read("other.pem"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.keyPem.isInvalid()).isTrue();
        assertThat(dialog.keyPem.getErrorMessage()).isEqualTo("The key does not match this certificate: its public key is different.");
        assertThat(dialog.certificatePem.isInvalid()).isFalse();

        test(dialog.keyPem).setValue(read("key.pem"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(tab.grid.isVisible()).isTrue();
        int row = rowOf(tab, label);
        UploadedCertificateSummary summary = test(tab.grid).getRow(row);
        assertThat(summary.displayName()).isEqualTo(name);
        assertThat(summary.subjectAltNames()).containsExactly(name, "www." + name);
        assertThat(summary.expiry()).isEqualTo(ExpiryState.EXPIRING_SOON);
        Span badge = (Span) test(tab.grid).getCellComponent(row, "daysLeft");
        assertThat(badge.getClassNames()).contains("expiry-badge", "expiry-expiring-soon");
        assertThat(badge.getText()).matches("(19|20) days left");

        test(actionButton(tab, row, "download")).click();
        DownloadDialog download = $(DownloadDialog.class).single();
        assertThat(download.server.getValue()).isNotNull();
        assertThat($(Anchor.class).from(download).all()).hasSize(1); // the zip only: no CertDesk root for a foreign certificate
        assertThat(download.zip.isEnabled()).as("no zip before the key has a password").isFalse();
        download.key.password.setValue("an uploaded key password");
        assertThat(download.zip.isEnabled()).isTrue();
        download.close();

        test(actionButton(tab, row, "delete")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(rowOfOrMinusOne(tab, label)).isEqualTo(-1);
    }

    @Test
    void garbageInTheCertificateFieldIsRefusedThere() {
        UploadedCertificatesTab tab = openTab();
        test(tab.upload).click();
        UploadCertificateDialog dialog = $(UploadCertificateDialog.class).single();
        test(dialog.label).setValue("Garbage");
        test(dialog.certificatePem).setValue("this is not a certificate");
        test(dialog.keyPem).setValue("nor is this a key");

        test(dialog.save).click();

        assertThat(dialog.certificatePem.isInvalid()).isTrue();
        assertThat(dialog.certificatePem.getErrorMessage()).startsWith("This is not a readable PEM certificate.");
        assertThat(dialog.isOpened()).isTrue();
    }

    private UploadedCertificatesTab openTab() {
        SslCertificatesView view = navigate(SslCertificatesView.class);
        view.tabs.setSelectedIndex(2);
        roundTrip(); // the tab sheet attaches the selected content before the response
        return view.uploaded.content().orElseThrow();
    }

    private Button actionButton(UploadedCertificatesTab tab, int row, String action) {
        HorizontalLayout actions = (HorizontalLayout) test(tab.grid).getCellComponent(row, "actions");
        return actions.getChildren().map(Button.class::cast)
                .filter(button -> action.equals(button.getElement().getAttribute("data-action"))).findFirst().orElseThrow();
    }

    private int rowOf(UploadedCertificatesTab tab, String label) {
        int row = rowOfOrMinusOne(tab, label);
        assertThat(row).as("row labelled " + label).isNotNegative();
        return row;
    }

    private int rowOfOrMinusOne(UploadedCertificatesTab tab, String label) {
        for (int i = 0; i < test(tab.grid).size(); i++) {
            if (test(tab.grid).getRow(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private String read(String file) throws IOException {
        return Files.readString(directory.resolve(file), StandardCharsets.US_ASCII);
    }

    private void openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
