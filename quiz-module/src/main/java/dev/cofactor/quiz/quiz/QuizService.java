package dev.cofactor.quiz.quiz;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.question.Fingerprint;
import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.Question;
import dev.cofactor.quiz.question.QuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class QuizService {

    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final ObjectMapper json;

    QuizService(QuizRepository quizzes, QuestionRepository questions, ObjectMapper json) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.json = json;
    }

    @Transactional(SUPPORTS)
    public List<QuizDto> listQuizzes() {
        return quizzes.listWithQuestions().stream().map(QuizDto::from).toList();
    }

    @Transactional(SUPPORTS)
    public Optional<QuizDto> findQuiz(String slug) {
        return quizzes.findBySlug(slug).map(QuizDto::from);
    }

    @Transactional(SUPPORTS)
    public Optional<QuizDto> findQuiz(long id) {
        return quizzes.findByIdOptional(id).map(QuizDto::from);
    }

    /** Creates or updates each quiz; all are checked before any is stored. */
    public void save(String articleSlug, List<QuizSpec> specs) {
        List<String> problems = new ArrayList<>();
        for (QuizSpec spec : specs) {
            spec.problems().forEach(problem -> problems.add(spec.slug() + ": " + problem));
            if (spec.questions() != null) {
                spec.questions().stream().filter(id -> questions.findBySlug(id).isEmpty())
                        .forEach(id -> problems.add(spec.slug() + ": there is no question '" + id + "'."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        for (QuizSpec spec : specs) {
            Quiz quiz = quizzes.findBySlug(spec.slug()).orElseGet(Quiz::new);
            String checksum = Fingerprint.of(json, spec);
            if (checksum.equals(quiz.checksum)) {
                continue;
            }
            quiz.slug = spec.slug();
            quiz.title = spec.title();
            quiz.articleSlug = articleSlug;
            quiz.sectionAnchor = spec.section();
            quiz.shuffleQuestions = Boolean.TRUE.equals(spec.shuffleQuestions());
            quiz.shuffleChoices = Boolean.TRUE.equals(spec.shuffleChoices());
            quiz.timeLimitSeconds = spec.timeLimitMinutes() == null ? null : spec.timeLimitMinutes() * 60;
            quiz.attemptsAllowed = spec.attemptsAllowed();
            quiz.gradingMethod = spec.gradingMethod() == null ? GradingMethod.HIGHEST : spec.gradingMethod();
            quiz.passPercent = spec.passPercent() == null ? 0 : spec.passPercent();
            quiz.feedbackMode = spec.feedback() == null ? FeedbackMode.DEFERRED : spec.feedback();
            quiz.showRightAnswers = !Boolean.FALSE.equals(spec.showRightAnswers());
            quiz.lateRule = spec.lateRule() == null ? LateRule.SCORE_ANSWERS_BEFORE_DEADLINE : spec.lateRule();
            quiz.checksum = checksum;
            quiz.updatedAt = Instant.now();
            List<Question> listed = spec.questions().stream().map(id -> questions.findBySlug(id).orElseThrow()).toList();
            quiz.questions.clear();
            quiz.questions.addAll(listed);
            if (quiz.id == null) {
                quizzes.persist(quiz);
            }
        }
    }
}
