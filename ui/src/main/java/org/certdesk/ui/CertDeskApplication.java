package org.certdesk.ui;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console. It scans all of {@code org.certdesk}, so the adapters module (a runtime-only
 * dependency) contributes its configuration without any view compiling against it.
 */
@SpringBootApplication(scanBasePackages = "org.certdesk")
public class CertDeskApplication {

    /** {@code certdesk.role}: {@code console} (the default) or {@code perspective}. */
    static final String ROLE = "certdesk.role";
    /** The perspective role's whole context, named rather than imported: ui does not compile against adapters. */
    static final String PERSPECTIVE_AGENT = "org.certdesk.adapters.perspective.PerspectiveAgentApplication";

    public static void main(String[] args) {
        if (isPerspectiveRole(args)) {
            runPerspectiveAgent(args);
            return;
        }
        SpringApplication.run(CertDeskApplication.class, args);
    }

    /**
     * {@code --certdesk.role=perspective}: a remote perspective agent only (BR 3.2.2.9), without
     * database, console or auto-configuration (docs/architecture.md, Remote perspectives).
     */
    static ConfigurableApplicationContext runPerspectiveAgent(String... args) {
        SpringApplication agent = new SpringApplication();
        agent.setSources(Set.of(PERSPECTIVE_AGENT));
        agent.setWebApplicationType(WebApplicationType.NONE);
        agent.setDefaultProperties(Map.of(ROLE, "perspective"));
        return agent.run(args);
    }

    static boolean isPerspectiveRole(String[] args) {
        String fromArgs = Arrays.stream(args).filter(a -> a.startsWith("--" + ROLE + "="))
                .map(a -> a.substring(ROLE.length() + 3)).reduce((first, last) -> last).orElse(null);
        String role = fromArgs != null ? fromArgs
                : System.getProperty(ROLE, System.getenv().getOrDefault("CERTDESK_ROLE", "console"));
        return "perspective".equals(role);
    }
}
