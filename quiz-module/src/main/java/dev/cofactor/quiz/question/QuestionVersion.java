package dev.cofactor.quiz.question;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a question: once an attempt shows it, it never changes. */
@Entity
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public Question question;

    public int version;

    @Enumerated(EnumType.STRING)
    public QuestionType type;

    public int points;
    public String evidenceAnchor;

    @JdbcTypeCode(SqlTypes.JSON)
    public QuestionSpec spec;

    public String checksum;
    public Instant createdAt;
    /** How this version was made: "created", "edited", "restored from version 2", "imported from GIFT"… */
    public String note;
    /** The email of the admin who made it; null when the app did (the seed bank). */
    public String author;

    @ElementCollection
    @CollectionTable(name = "question_version_tag", joinColumns = @JoinColumn(name = "question_version_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    public List<String> tags = new ArrayList<>();
}
