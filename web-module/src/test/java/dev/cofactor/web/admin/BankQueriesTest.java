package dev.cofactor.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionBankService;
import dev.cofactor.quiz.question.QuestionBankService.Filter;
import dev.cofactor.web.testing.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The bank's exports and the current-version list cost a fixed number of statements, not one or more
 * per question: counted as Hibernate prepares them, with the seed bank's questions (dozens) in place.
 */
@QuarkusTest
class BankQueriesTest {

    @Inject
    BankTransfer transfer;

    @Inject
    QuestionBankService bank;

    @Test
    void theCurrentVersionOfEveryQuestionTakesTwoStatements() {
        var counted = Statements.during(() -> QuarkusTransaction.requiringNew().call(() -> bank.listCurrent(Filter.ALL)));
        assertThat(counted.value()).hasSizeGreaterThan(10);
        assertThat(counted.value()).allSatisfy(question -> assertThat(question.spec().id()).isEqualTo(question.row().id()));
        assertThat(counted.statements()).hasSize(2);
    }

    @Test
    void theJsonExportTakesThreeStatementsWhateverTheBankHolds() {
        var counted = Statements.during(() -> QuarkusTransaction.requiringNew().call(transfer::exportJson));
        int questions = counted.value().articles().stream().mapToInt(article -> article.questions().size()).sum();
        assertThat(questions).isGreaterThan(10);
        assertThat(counted.value().articles()).anySatisfy(article -> assertThat(article.quizzes()).isNotEmpty());
        assertThat(counted.statements()).as("rows, their versions, the quizzes with their questions").hasSize(3);
    }

    @Test
    void theGiftExportTakesTwoStatements() {
        var counted = Statements.during(() -> QuarkusTransaction.requiringNew().call(transfer::exportGift));
        assertThat(counted.value()).contains("::");
        assertThat(counted.statements()).hasSize(2);
    }
}
