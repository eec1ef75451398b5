package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.quiz.Quiz;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One learner's go at a quiz, on the question versions it showed, in the order it showed them. */
@Entity
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    public Quiz quiz;

    public long learnerId;
    public long seed;
    /** The secret behind the ids this attempt shows for choices, items and targets ({@link OptionIds}). */
    public byte[] optionKey;
    public boolean practice;
    public Instant startedAt;
    public Instant deadline;
    public Instant submittedAt;
    public boolean late;
    /** The points earned, exact ({@link #grade()}); null until the attempt is submitted. */
    Long pointsNumerator;
    Long pointsDenominator;
    public int maxPoints;

    @ManyToMany
    @JoinTable(name = "attempt_question", joinColumns = @JoinColumn(name = "attempt_id"),
            inverseJoinColumns = @JoinColumn(name = "question_version_id"))
    @OrderColumn(name = "position")
    public List<QuestionVersion> questions = new ArrayList<>();

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The points earned of the maximum, exact; empty until the attempt is submitted. */
    public Optional<Grade> grade() {
        return pointsNumerator == null ? Optional.empty()
                : Optional.of(new Grade(Fraction.of(pointsNumerator, pointsDenominator), maxPoints));
    }

    /** Records the attempt's grade (whether it passes is read from the quiz's pass mark of the day). */
    void record(Grade grade) {
        pointsNumerator = grade.points().numerator();
        pointsDenominator = grade.points().denominator();
        maxPoints = Math.toIntExact(grade.maxPoints());
    }
}
