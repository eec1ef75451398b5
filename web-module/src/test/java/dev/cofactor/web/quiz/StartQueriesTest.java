package dev.cofactor.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.attempt.AttemptService;
import dev.cofactor.quiz.quiz.QuizRepository;
import dev.cofactor.web.testing.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Starting an attempt costs a fixed number of statements, not some per question: a start storm (500
 * learners in a second, bench/start-storm.sh) is as fast as its slowest start. Counted as Hibernate
 * prepares them, on the 20-question final quiz.
 */
@QuarkusTest
class StartQueriesTest {

    @Inject
    AttemptService attempts;

    @Inject
    QuizRepository quizzes;

    @Test
    void startingTheTwentyQuestionFinalTakesSevenStatements() {
        long quiz = QuarkusTransaction.requiringNew()
                .call(() -> quizzes.find("slug", "final-magnesium-bisglycinate").firstResult().id);
        long learner = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        var counted = Statements.during(() -> QuarkusTransaction.requiringNew().call(() -> attempts.start(quiz, learner)));
        assertThat(counted.value().questions()).hasSize(20);
        assertThat(counted.statements())
                .as("the quiz, the start lock, open and counted attempts in one, its questions' current versions in one,"
                        + " accommodation, the attempt, its 20 questions as one batch (nothing read back: a new attempt"
                        + " has no answers, and what its learner may see is not consulted)")
                .hasSize(7)
                .filteredOn(sql -> sql.startsWith("insert into attempt_question")).hasSize(1);
    }
}
