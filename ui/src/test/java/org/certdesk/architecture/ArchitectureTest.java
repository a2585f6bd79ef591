package org.certdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The real code keeps the dependency rule. The ui module's test classpath sees every module. */
class ArchitectureTest {

    private static final HexagonRules RULES = HexagonRules.forRoot("org.certdesk");
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.certdesk");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(production.containPackage("org.certdesk.domain.account")).isTrue();
        assertThat(production.containPackage("org.certdesk.application.account")).isTrue();
        assertThat(production.containPackage("org.certdesk.adapters.persistence.account")).isTrue();
        assertThat(production.containPackage("org.certdesk.ui.console")).isTrue();
    }

    @Test
    void domainDependsOnlyOnTheJdk() {
        RULES.domainDependsOnlyOnTheJdk().check(production);
    }

    @Test
    void applicationDependsOnlyOnDomain() {
        RULES.applicationDependsOnlyOnDomain().check(production);
    }

    @Test
    void adaptersNeverDependOnUi() {
        RULES.adaptersNeverDependOnUi().check(production);
    }

    @Test
    void adaptersSeeOnlyApplicationPorts() {
        RULES.adaptersSeeOnlyApplicationPorts().check(production);
    }

    @Test
    void viewsNeverDependOnAdapters() {
        RULES.uiNeverDependsOnAdapters().check(production);
    }

    @Test
    void noCyclesBetweenModules() {
        RULES.noCyclesBetweenModules().check(production);
    }

    @Test
    void noCyclesBetweenPackages() {
        RULES.noCyclesBetweenPackages().check(production);
    }

    @Test
    void noCyclesInsideAnAdapter() {
        RULES.noCyclesInsideAnAdapter().check(production);
    }

    @Test
    void caChecksNeverDependOnSigningOrCrls() {
        RULES.caChecksNeverDependOnSigningOrCrls().check(production);
    }

    @Test
    void domainPortsServeTheDomain() {
        RULES.domainPortsServeTheDomain().check(production);
    }
}
