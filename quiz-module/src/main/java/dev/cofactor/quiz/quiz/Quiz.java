package dev.cofactor.quiz.quiz;

import dev.cofactor.quiz.question.Question;
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

    @Enumerated(EnumType.STRING)
    public GradingMethod gradingMethod;

    public int passPercent;

    @Enumerated(EnumType.STRING)
    public FeedbackMode feedbackMode;

    public boolean showRightAnswers;

    @Enumerated(EnumType.STRING)
    public LateRule lateRule = LateRule.SCORE_ANSWERS_BEFORE_DEADLINE;
    public String checksum;
    public Instant updatedAt;

    @ManyToMany
    @JoinTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"),
            inverseJoinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    public List<Question> questions = new ArrayList<>();
}
