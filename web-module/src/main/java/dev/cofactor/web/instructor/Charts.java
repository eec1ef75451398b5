package dev.cofactor.web.instructor;

import dev.cofactor.quiz.statistics.StatisticsDtos.BucketDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.QuestionStatisticsDto;
import dev.cofactor.quiz.statistics.StatisticsDtos.TagMasteryDto;
import java.util.List;
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

    public record Point(double x, double y, int number, String label) {
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

    /** One point per question: facility (0 to 100 %) across, discrimination (-100 to 100 %) up. */
    public static List<Point> facilityAgainstDiscrimination(List<QuestionStatisticsDto> questions) {
        return questions.stream().filter(q -> q.facilityIndex() != null && q.discriminationIndex() != null)
                .map(q -> new Point(LEFT + WIDTH * q.facilityIndex() / 100,
                        TOP + HEIGHT * (100 - q.discriminationIndex()) / 200, q.position(), q.questionId()))
                .toList();
    }

    /** Horizontal bars: mastery per concept tag, 0 to 100 %. */
    public static List<Bar> mastery(List<TagMasteryDto> tags) {
        double slot = Math.min(36, HEIGHT / Math.max(1, tags.size()));
        return IntStream.range(0, tags.size()).mapToObj(i -> {
            TagMasteryDto tag = tags.get(i);
            return new Bar(150, TOP + i * slot + 4, 400 * tag.percent() / 100, slot - 8, tag.tag(),
                    Math.round(tag.percent()) + " %");
        }).toList();
    }

    /** The mastery chart's height: room for every tag. */
    public static double masteryHeight(List<TagMasteryDto> tags) {
        return TOP * 2 + Math.min(36, HEIGHT / Math.max(1, tags.size())) * tags.size() + 20;
    }
}
