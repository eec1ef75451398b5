package dev.cofactor.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.junit.jupiter.api.Test;

/**
 * How the packages and layers may depend on one another, checked on the compiled classes of all three
 * modules (plain JUnit, no Quarkus): a web feature package never leans back on one that leans on it, pages
 * and resources go through services, services speak the domain, and a repository is a class of its own.
 * quiz-module's own {@code ArchitectureTest} keeps its packages free of cycles and of HTTP.
 */
class ArchitectureTest {

    private static final JavaClasses COFACTOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cofactor..");

    @Test
    void webFeaturePackagesAreFreeOfCycles() {
        slices().matching("dev.cofactor.web.(*)..").should().beFreeOfCycles()
                .because("a feature package that leans on one leaning back on it can be neither understood, "
                        + "tested nor moved alone; shared things go where they belong and news goes out as CDI events")
                .check(COFACTOR);
    }

    @Test
    void pagesAndResourcesNeverTouchRepositories() {
        noClasses().that().haveNameMatching(".*(Page|Pages|PageResource|Resource)(\\$.*)?")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("a page or a JSON resource maps requests to a service, which owns the transaction "
                        + "and the rules; reading a repository directly skips both")
                .check(COFACTOR);
    }

    @Test
    void contentAndQuizServicesSpeakTheDomainNotHttp() {
        noClasses().that().resideInAnyPackage("dev.cofactor.content..", "dev.cofactor.quiz..")
                .and().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("a service refuses with a domain exception (Refusal, InvalidQuestionException) or an empty "
                        + "Optional, and the web module maps it to a status in one place, ErrorMappers")
                .check(COFACTOR);
    }

    @Test
    void onlyRepositoriesArePanacheRepositories() {
        classes().that().areAssignableTo(PanacheRepositoryBase.class)
                .should().haveSimpleNameEndingWith("Repository")
                .because("a service that is its own repository exposes every query method to its callers and "
                        + "cannot be tested with its repository mocked; the suffix tells the layer")
                .check(COFACTOR);
    }
}
