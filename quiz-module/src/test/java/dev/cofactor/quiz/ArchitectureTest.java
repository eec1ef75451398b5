package dev.cofactor.quiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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

    @Test
    void onlyRepositoriesArePanacheRepositories() {
        classes().that().areAssignableTo(PanacheRepositoryBase.class).should().haveSimpleNameEndingWith("Repository")
                .because("a service that is also a repository mixes the transaction's owner with the table's")
                .check(quiz);
    }
}
