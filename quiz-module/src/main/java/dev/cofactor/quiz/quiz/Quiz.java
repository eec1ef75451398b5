package dev.cofactor.quiz.quiz;

import dev.cofactor.quiz.question.Question;
import dev.cofactor.quiz.scoring.Review;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A quiz over an article: a section's check (sectionAnchor set) or the final quiz (null). */
@Entity
public class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String articleSlug;
    public String sectionAnchor;
    public boolean shuffleQuestions;
    public boolean shuffleChoices;
    public Integer timeLimitSeconds;
    public Integer attemptsAllowed;

    /** Whether a learner who has {@code counted} graded attempts may start another. */
    public boolean allowsAnotherAttempt(long counted) {
        return attemptsAllowed == null || counted < attemptsAllowed;
    }

    @Enumerated(EnumType.STRING)
    public GradingMethod gradingMethod;

    public int passPercent;

    @Enumerated(EnumType.STRING)
    public FeedbackMode feedbackMode;

    /** Review options, one bit mask per part ({@link Review.Options#masks()}). */
    public int reviewAnswer;
    public int reviewCorrectness;
    public int reviewPoints;
    public int reviewSpecificFeedback;
    public int reviewGeneralFeedback;
    public int reviewRightAnswer;

    @Enumerated(EnumType.STRING)
    public LateRule lateRule = LateRule.SCORE_ANSWERS_BEFORE_DEADLINE;
    public String checksum;
    public Instant updatedAt;

    public Review.Options review() {
        return Review.Options.ofMasks(reviewAnswer, reviewCorrectness, reviewPoints, reviewSpecificFeedback,
                reviewGeneralFeedback, reviewRightAnswer);
    }

    public void setReview(Review.Options options) {
        int[] masks = options.masks();
        reviewAnswer = masks[0];
        reviewCorrectness = masks[1];
        reviewPoints = masks[2];
        reviewSpecificFeedback = masks[3];
        reviewGeneralFeedback = masks[4];
        reviewRightAnswer = masks[5];
    }

    @ManyToMany
    @JoinTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"),
            inverseJoinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    public List<Question> questions = new ArrayList<>();
}
