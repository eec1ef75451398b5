package dev.cofactor.quiz.statistics;

import java.util.List;

/** The statistics of a quiz as the JSON API and the instructor's pages show them: percentages as in Moodle's report. */
public final class StatisticsDtos {

    private StatisticsDtos() {
    }

    public record StatisticsDto(long quizId, String quizTitle, AttemptSet attemptSet, long attempts, Double mean,
            Double median, Double standardDeviation, Double skewness, Double kurtosis, Double cronbachAlpha,
            Double errorRatio, Double standardError, List<QuestionStatisticsDto> questions, List<TagMasteryDto> mastery,
            List<BucketDto> distribution) {
    }

    public record QuestionStatisticsDto(int position, String questionId, String stem, long attempts,
            Double facilityIndex, Double standardDeviation, Double discriminationIndex, Double discriminativeEfficiency,
            List<ChoiceCountDto> choices, List<FlagDto> flags) {
    }

    /** How often a choice was picked; {@code right} when the key counts it right (a share of the credit). */
    public record ChoiceCountDto(String choiceId, String text, long count, boolean right) {
    }

    /** Why a question needs a look: {@code too_easy}, {@code too_hard}, {@code negative_discrimination} or {@code weak_discrimination}. */
    public record FlagDto(String code, String reason) {
    }

    public record TagMasteryDto(String tag, double earned, double possible, double percent) {
    }

    /** Attempts whose score fell in [from, to) percent (the last bucket includes 100). */
    public record BucketDto(int from, int to, long attempts) {
    }
}
