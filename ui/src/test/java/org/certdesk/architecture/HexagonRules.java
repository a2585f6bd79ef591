package org.certdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of the hexagon (docs/architecture.md), stated once for a root package so
 * the same rules judge the real code ({@code org.certdesk}) and a fixture that breaks them.
 */
final class HexagonRules {

    /**
     * The libraries the domain may use, for data it must not hand-write (docs/architecture.md):
     * Guava for the Public Suffix List, ICU4J's text and script classes for UTS #39 and UTS #46.
     */
    private static final String GUAVA = "com.google.common..";
    private static final String ICU_TEXT = "com.ibm.icu.text..";
    private static final String ICU_SCRIPTS = "com.ibm.icu.lang..";
    /** The JDK's own javax.crypto (HMAC of ACME nonces): part of every JDK, like java.security. */
    private static final String JDK_CRYPTO = "javax.crypto..";

    private final String domain;
    private final String application;
    private final String applicationPorts;
    private final String adapters;
    private final String ui;
    private final String root;

    private HexagonRules(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.applicationPorts = root + ".application.port..";
        this.adapters = root + ".adapters..";
        this.ui = root + ".ui..";
    }

    static HexagonRules forRoot(String root) {
        return new HexagonRules(root);
    }

    ArchRule domainDependsOnlyOnTheJdk() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..", GUAVA, ICU_TEXT, ICU_SCRIPTS)
                .because("the domain is plain Java: no Spring, no Vaadin, no JDBC");
    }

    ArchRule applicationDependsOnlyOnDomain() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..", JDK_CRYPTO)
                .because("use cases are wired in the ui's composition root and carry no framework (the JDK's MAC is no framework)");
    }

    ArchRule adaptersNeverDependOnUi() {
        return noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat().resideInAPackage(ui)
                .because("adapters serve the core; the console sits on top");
    }

    ArchRule adaptersSeeOnlyApplicationPorts() {
        return noClasses().that().resideInAPackage(adapters)
                .should().dependOnClassesThat(resideInAPackage(application).and(not(resideInAnyPackage(applicationPorts))))
                .because("adapters implement ports; they never call use cases or see their internals");
    }

    ArchRule uiNeverDependsOnAdapters() {
        return noClasses().that().resideInAPackage(ui)
                .should().dependOnClassesThat().resideInAPackage(adapters)
                .because("views talk to use cases only");
    }

    ArchRule noCyclesBetweenModules() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    ArchRule noCyclesBetweenPackages() {
        return slices().matching(root + ".(*).(*)..").should().beFreeOfCycles();
    }

    ArchRule noCyclesInsideAnAdapter() {
        return slices().matching(adapters.replace("..", "") + ".(*).(*)..").should().beFreeOfCycles();
    }

    /** The CA's parts, as Boulder splits them: the key/CSR checks and the linter judge, issuance signs, CRLs follow. */
    ArchRule caChecksNeverDependOnSigningOrCrls() {
        String ca = root + ".adapters.ca";
        return noClasses().that().resideInAnyPackage(ca + ".hierarchy..", ca + ".csr..", ca + ".lint..")
                .should().dependOnClassesThat().resideInAnyPackage(ca + ".issuance..", ca + ".crl..")
                .because("the CA hierarchy, the CSR and key checks and the linter are used by issuance, never the reverse");
    }

    /** docs/architecture.md "Where a port lives": a domain port serves the domain, or stores its state. */
    ArchRule domainPortsServeTheDomain() {
        DescribedPredicate<JavaClass> implementedByAnAdapter = new DescribedPredicate<>("implemented by an adapter") {
            @Override
            public boolean test(JavaClass port) {
                return port.getAllSubclasses().stream().anyMatch(type -> type.getPackageName().startsWith(adapters.replace("..", "")));
            }
        };
        ArchCondition<JavaClass> usedByTheDomainOrARepository = new ArchCondition<>("be used by a domain class or be a @DomainRepository") {
            @Override
            public void check(JavaClass port, ConditionEvents events) {
                boolean repository = port.isAnnotatedWith(domain.replace("..", "") + ".shared.DomainRepository");
                boolean usedByDomain = port.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> d.getOriginClass().getPackageName().startsWith(domain.replace("..", ""))
                                && !d.getOriginClass().getName().startsWith(port.getName()));
                if (!repository && !usedByDomain) {
                    events.add(SimpleConditionEvent.violated(port, port.getName()
                            + " is used by use cases only: move it to application.port, or mark the repository @DomainRepository"));
                }
            }
        };
        return classes().that().resideInAPackage(domain).and().areInterfaces().and(implementedByAnAdapter)
                .should(usedByTheDomainOrARepository);
    }

    List<ArchRule> all() {
        return List.of(domainDependsOnlyOnTheJdk(), applicationDependsOnlyOnDomain(), adaptersNeverDependOnUi(),
                adaptersSeeOnlyApplicationPorts(), uiNeverDependsOnAdapters(), noCyclesBetweenModules(), noCyclesBetweenPackages(),
                noCyclesInsideAnAdapter(), caChecksNeverDependOnSigningOrCrls(), domainPortsServeTheDomain());
    }
}
