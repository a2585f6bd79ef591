package org.certdesk.ui.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Every use case of the application module is a bean of the running console: a public class
 * with a public constructor, outside the ports, is made by some configuration, so a use case
 * written and never wired fails here instead of at the first click.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryUseCaseIsWiredTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyPublicUseCaseHasABean() {
        List<String> unwired = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.certdesk.application").stream()
                .filter(EveryUseCaseIsWiredTest::isUseCase)
                .map(JavaClass::reflect)
                .filter(type -> context.getBeanNamesForType(type).length == 0)
                .map(Class::getName)
                .sorted().toList();

        assertThat(unwired).as("use cases without a bean").isEmpty();
    }

    /** The wiring follows the packages: {@code application.lifecycle}'s use cases come from {@code LifecycleWiring}. */
    @Test
    void eachUseCaseIsMadeByTheWiringOfItsPackage() {
        List<String> misplaced = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.certdesk.ui.wiring").stream()
                .flatMap(wiring -> wiring.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Bean.class))
                .filter(method -> method.getRawReturnType().getPackageName().startsWith("org.certdesk.application."))
                .filter(method -> !wiringFor(method.getRawReturnType().getPackageName()).equals(method.getOwner().getSimpleName()))
                .map(method -> method.getFullName() + " belongs in " + wiringFor(method.getRawReturnType().getPackageName()))
                .sorted().toList();

        assertThat(misplaced).isEmpty();
    }

    private static String wiringFor(String applicationPackage) {
        String last = applicationPackage.substring(applicationPackage.lastIndexOf('.') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1) + "Wiring";
    }

    private static boolean isUseCase(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass() && !type.isInterface()
                && !type.isRecord() && !type.isEnum() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                && !type.getPackageName().endsWith(".port") && !type.isAssignableTo(Throwable.class)
                && type.getConstructors().stream().anyMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getParameters().isEmpty());
    }
}
