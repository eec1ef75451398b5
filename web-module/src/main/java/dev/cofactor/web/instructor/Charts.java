package dev.cofactor.web.instructor;

import dev.cofactor.quiz.statistics.StatisticsDtos.BucketDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.QuestionStatisticsDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.TagMasteryDto;
import dev.cofactor.web.TemplateExtensions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The geometry of the statistics page's SVG charts, in a 600 × 300 view box; the templates draw them
 * (and escape every label). Each chart has a data table next to it for screen readers.
 */
public final class Charts {

    static final double LEFT = 50;
    static final double TOP = 20;
    static final double WIDTH = 530;
    static final double HEIGHT = 230;

    private Charts() {
    }

    public record Bar(double x, double y, double width, double height, String label, String value) {

        public double centerX() {
            return x + width / 2;
        }

        public double middleY() {
            return y + height / 2;
        }
    }

    /**
     * One mark of the scatter: a question, or several whose marks would cover each other ({@code numbers},
     * in order), drawn once. A shared mark carries a letter ({@code key}: A, B, …) that the caption
     * resolves ("A: questions 1, 14 and 15"), so that no label is drawn over another mark.
     */
    public record Point(double x, double y, List<Integer> numbers, String label, String key) {

        static final double RADIUS = 11;

        public boolean cluster() {
            return numbers.size() > 1;
        }

        /** Inside the mark: the question's number, or the letter of the questions that share it. */
        public String mark() {
            return cluster() ? key : String.valueOf(numbers.get(0));
        }

        public String numbersText() {
            return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    public record Tick(double at, String label) {
    }

    /** Vertical bars: attempts per tenth of the score. */
    public static List<Bar> distribution(List<BucketDto> buckets) {
        long most = Math.max(1, buckets.stream().mapToLong(BucketDto::attempts).max().orElse(1));
        double slot = WIDTH / buckets.size();
        return buckets.stream().map(bucket -> {
            double height = HEIGHT * bucket.attempts() / most;
            int index = bucket.from() / 10;
            return new Bar(LEFT + index * slot + 4, TOP + HEIGHT - height, slot - 8, height,
                    bucket.from() + "–" + bucket.to(), String.valueOf(bucket.attempts()));
        }).toList();
    }

    /** Ticks for the distribution's count axis. */
    public static List<Tick> countTicks(List<BucketDto> buckets) {
        long most = Math.max(1, buckets.stream().mapToLong(BucketDto::attempts).max().orElse(1));
        return List.of(0L, most / 2, most).stream().distinct()
                .map(count -> new Tick(TOP + HEIGHT - HEIGHT * count / most, String.valueOf(count))).toList();
    }

    /**
     * A mark per question: facility (0 to 100 %) across, discrimination (-100 to 100 %) up. Questions
     * whose marks would overlap (centres closer than a mark's width) share the first one's mark, so every
     * question is seen; those without both values are {@link #unplotted}.
     */
    public static List<Point> facilityAgainstDiscrimination(List<QuestionStatisticsDto> questions) {
        List<Point> marks = new ArrayList<>();
        questions.stream().filter(q -> q.facilityIndex() != null && q.discriminationIndex() != null).forEach(q -> {
            double x = LEFT + WIDTH * q.facilityIndex() / 100;
            double y = TOP + HEIGHT * (100 - q.discriminationIndex()) / 200;
            for (int i = 0; i < marks.size(); i++) {
                Point mark = marks.get(i);
                if (Math.hypot(mark.x() - x, mark.y() - y) < 2 * Point.RADIUS) {
                    List<Integer> numbers = new ArrayList<>(mark.numbers());
                    numbers.add(q.position());
                    marks.set(i, new Point(mark.x(), mark.y(), List.copyOf(numbers),
                            mark.label() + ", " + q.questionId(), null));
                    return;
                }
            }
            marks.add(new Point(x, y, List.of(q.position()), q.questionId(), null));
        });
        List<Point> lettered = new ArrayList<>();
        char letter = 'A';
        for (Point mark : marks) {
            lettered.add(mark.cluster() ? new Point(mark.x(), mark.y(), mark.numbers(), mark.label(), String.valueOf(letter++))
                    : mark);
        }
        return lettered;
    }

    /** The questions the scatter leaves out, by number: without a facility or a discrimination value. */
    public static List<Integer> unplotted(List<QuestionStatisticsDto> questions) {
        return questions.stream().filter(q -> q.facilityIndex() == null || q.discriminationIndex() == null)
                .map(QuestionStatisticsDto::position).toList();
    }

    /** Horizontal bars: mastery per concept tag, 0 to 100 %. */
    public static List<Bar> mastery(List<TagMasteryDto> tags) {
        double slot = Math.min(36, HEIGHT / Math.max(1, tags.size()));
        return IntStream.range(0, tags.size()).mapToObj(i -> {
            TagMasteryDto tag = tags.get(i);
            return new Bar(150, TOP + i * slot + 4, 400 * tag.percent() / 100, slot - 8, TemplateExtensions.concept(tag.tag()),
                    Math.round(tag.percent()) + " %");
        }).toList();
    }

    /** The mastery chart's height: room for every tag. */
    public static double masteryHeight(List<TagMasteryDto> tags) {
        return TOP * 2 + Math.min(36, HEIGHT / Math.max(1, tags.size())) * tags.size() + 20;
    }
}
