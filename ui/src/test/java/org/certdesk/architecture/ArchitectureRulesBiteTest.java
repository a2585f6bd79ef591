package org.certdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules are not vacuous: a fixture package laid out like CertDesk, with one deliberate
 * violation per rule, is reported by each of them.
 */
class ArchitectureRulesBiteTest {

    private static final String FIXTURE = "org.certdesk.architecture.fixture";
    private static final HexagonRules RULES = HexagonRules.forRoot(FIXTURE);
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void domainImportingSpringIsReported() {
        assertViolation(RULES.domainDependsOnlyOnTheJdk().evaluate(fixture), "SpringAwareDomainType", "org.springframework");
    }

    @Test
    void applicationUsingAnAdapterIsReported() {
        assertViolation(RULES.applicationDependsOnlyOnDomain().evaluate(fixture), "UseCaseCallingAdapter", "JdbcThing");
    }

    @Test
    void adapterUsingAViewIsReported() {
        assertViolation(RULES.adaptersNeverDependOnUi().evaluate(fixture), "AdapterTouchingView", "FixtureView");
    }

    @Test
    void adapterCallingAUseCaseIsReported() {
        assertViolation(RULES.adaptersSeeOnlyApplicationPorts().evaluate(fixture), "AdapterTouchingView", "UseCaseCallingAdapter");
    }

    @Test
    void viewUsingAnAdapterIsReported() {
        assertViolation(RULES.uiNeverDependsOnAdapters().evaluate(fixture), "FixtureView", "JdbcThing");
    }

    @Test
    void moduleCycleIsReported() {
        assertThat(RULES.noCyclesBetweenModules().evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void packageCycleInsideAModuleIsReported() {
        assertViolation(RULES.noCyclesBetweenPackages().evaluate(fixture), "CycleStart", "CycleEnd");
    }

    @Test
    void cycleBetweenPartsOfAnAdapterIsReported() {
        assertViolation(RULES.noCyclesInsideAnAdapter().evaluate(fixture), "LinterCallingSigner", "FixtureSigner");
    }

    @Test
    void linterUsingTheSignerIsReported() {
        assertViolation(RULES.caChecksNeverDependOnSigningOrCrls().evaluate(fixture), "LinterCallingSigner", "FixtureSigner");
    }

    @Test
    void domainPortOnlyUseCasesCallIsReported() {
        assertViolation(RULES.domainPortsServeTheDomain().evaluate(fixture), "PortOnlyUseCasesCall", "application.port");
    }

    private static void assertViolation(EvaluationResult result, String offender, String target) {
        assertThat(result.hasViolation()).as("rule should report a violation").isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(offender).contains(target));
    }
}
