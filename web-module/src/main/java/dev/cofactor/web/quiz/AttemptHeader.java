package dev.cofactor.web.quiz;

import dev.cofactor.quiz.attempt.AttemptDtos.AttemptDto;
import dev.cofactor.quiz.attempt.AttemptDtos.AttemptSummaryDto;
import dev.cofactor.quiz.quiz.QuizDto;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * What a submitted attempt's page says above its questions, as Moodle's review header does: which attempt
 * of how many, how the quiz counts them, when it started and ended and how long it took.
 * {@code number} is the attempt's place among the learner's graded attempts at the quiz (0 for practice).
 */
public record AttemptHeader(AttemptDto attempt, QuizDto quiz, int number) {

    /** The header of {@code attempt}, numbered among {@code learnersAttempts} (all of its learner's, any quiz). */
    public static AttemptHeader of(AttemptDto attempt, QuizDto quiz, List<AttemptSummaryDto> learnersAttempts) {
        List<AttemptSummaryDto> graded = learnersAttempts.stream()
                .filter(a -> a.quizId() == attempt.quizId() && !a.practice())
                .sorted(Comparator.comparing(AttemptSummaryDto::startedAt).thenComparing(AttemptSummaryDto::id)).toList();
        int place = attempt.practice() ? 0 : 1 + (int) graded.stream().takeWhile(a -> a.id() != attempt.id()).count();
        return new AttemptHeader(attempt, quiz, place);
    }

    /** "Attempt 2 of 3", "Attempt 2 (no limit)", or "Practice, not graded". */
    public String attemptText() {
        if (attempt.practice()) {
            return "Practice, not graded";
        }
        Integer allowed = quiz.settings().attemptsAllowed();
        return "Attempt " + number + (allowed == null ? " (no limit on attempts)" : " of " + allowed);
    }

    /** "12 minutes 5 seconds", from the start to the submission. */
    public String timeTaken() {
        return spoken(Duration.between(attempt.startedAt(), attempt.submittedAt()));
    }

    /** A duration as words, to the second under an hour, to the minute above: "1 hour 5 minutes", "40 seconds". */
    static String spoken(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        StringBuilder words = new StringBuilder();
        if (hours > 0) {
            words.append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (minutes > 0) {
            words.append(words.length() > 0 ? " " : "").append(minutes).append(minutes == 1 ? " minute" : " minutes");
        }
        if (hours == 0 && (seconds > 0 || minutes == 0)) {
            words.append(words.length() > 0 ? " " : "").append(seconds).append(seconds == 1 ? " second" : " seconds");
        }
        return words.toString();
    }
}
