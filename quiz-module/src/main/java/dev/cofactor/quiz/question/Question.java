package dev.cofactor.quiz.question;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A question's identity; what it says lives in its versions. {@code articleSlug} is null for a draft
 * imported without an evidence anchor; {@code retiredAt} is set once an admin retires it.
 */
@Entity
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String articleSlug;
    public Instant createdAt;
    public Instant retiredAt;
}
