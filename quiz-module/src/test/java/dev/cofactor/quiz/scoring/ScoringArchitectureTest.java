package dev.cofactor.quiz.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
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

    /** Times are values passed in ({@code Instant now}); nothing here reads a clock. */
    @Test
    void readsNoClockAndDrawsNoRandomNumbers() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .check(scoring);
    }
}
