package dev.cofactor.quiz.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring core stays pure Java: no framework, no clock, no randomness it does not own. */
class ScoringArchitectureTest {

    private final JavaClasses scoring = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cofactor.quiz.scoring");

    @Test
    void dependsOnlyOnJavaAndItself() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.cofactor.quiz.scoring..")
                .check(scoring);
    }

    @Test
    void readsNoClockAndDrawsNoRandomNumbers() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.time..", "java.util.concurrent..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .check(scoring);
    }
}
