package dev.cofactor.quiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The quiz module's shape: feature packages without cycles, services that speak the domain, not HTTP. */
class ArchitectureTest {

    private final JavaClasses quiz = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cofactor.quiz");

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("dev.cofactor.quiz.(*)..").should().beFreeOfCycles()
                .because("a package that leans on one that leans back cannot be understood or changed alone")
                .check(quiz);
    }

    @Test
    void nothingInTheQuizModuleSpeaksHttp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("services refuse with the domain's Refusal, which the web module maps to a status once")
                .check(quiz);
    }
}
