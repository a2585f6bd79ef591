package org.certdesk.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The console. It scans all of {@code org.certdesk}, so the adapters module (a runtime-only
 * dependency) contributes its configuration without any view compiling against it.
 */
@SpringBootApplication(scanBasePackages = "org.certdesk")
public class CertDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(CertDeskApplication.class, args);
    }
}
