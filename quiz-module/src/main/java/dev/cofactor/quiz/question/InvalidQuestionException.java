package dev.cofactor.quiz.question;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Questions or quizzes that cannot be stored, with every reason; nothing was changed. {@code fields}
 * names the field each problem belongs to when one question or quiz was refused.
 */
public class InvalidQuestionException extends RuntimeException {

    private final List<String> problems;
    private final Map<String, String> fields;

    public InvalidQuestionException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
        this.fields = Map.of();
    }

    public InvalidQuestionException(Map<String, String> fields) {
        super(String.join(" ", fields.values()));
        this.problems = List.copyOf(fields.values());
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public List<String> problems() {
        return problems;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
