package dev.cofactor.quiz.gift;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.cofactor.quiz.question.QuestionBody;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.question.Slugs;
import org.junit.jupiter.api.Test;

/** GIFT reading and writing stays pure Java: the question model and the scoring core, nothing else. */
class GiftArchitectureTest {

    private final JavaClasses gift = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cofactor.quiz.gift");

    @Test
    void dependsOnlyOnJavaTheQuestionModelAndScoring() {
        classes().should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", "dev.cofactor.quiz.gift..", "dev.cofactor.quiz.scoring..")
                                .or(belongToAnyOf(QuestionSpec.class, QuestionBody.class, QuestionType.class, Slugs.class)))
                .check(gift);
    }
}
