package dev.cofactor.quiz.question;

import java.util.List;

/** Questions or quizzes that cannot be stored, with every reason; nothing was changed. */
public class InvalidQuestionException extends RuntimeException {

    private final List<String> problems;

    public InvalidQuestionException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
