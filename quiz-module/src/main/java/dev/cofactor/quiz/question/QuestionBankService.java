package dev.cofactor.quiz.question;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.quiz.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the question bank for the people who maintain it: every question with its status, versions and uses. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class QuestionBankService {

    /** Drafts lack an evidence anchor; retired questions stay for old attempts only. */
    public enum Status {
        ACTIVE, DRAFT, RETIRED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A question in the bank list, as its current version says it. */
    public record QuestionRowDto(String id, String articleSlug, int version, QuestionType type, String stem,
            String evidence, List<String> tags, Status status, List<String> quizzes, Instant updatedAt) {
    }

    /** Which questions to list; blank parts match everything. Text looks in the id and the stem. */
    public record Filter(String text, String tag, QuestionType type, String section, Status status, String article) {

        public static final Filter ALL = new Filter(null, null, null, null, null, null);

        public boolean matches(QuestionRowDto row) {
            return (isBlank(text) || contains(row.id(), text) || contains(row.stem(), text))
                    && (isBlank(tag) || row.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip())))
                    && (type == null || row.type() == type)
                    && (isBlank(section) || section.equals(row.evidence()))
                    && (status == null || row.status() == status)
                    && (isBlank(article) || article.equals(row.articleSlug()));
        }

        private static boolean contains(String haystack, String needle) {
            return haystack.toLowerCase(Locale.ROOT).contains(needle.strip().toLowerCase(Locale.ROOT));
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** A question in the bank list with what its current version says. */
    public record CurrentDto(QuestionRowDto row, QuestionSpec spec) {
    }

    /** One version of a question, with what it said. */
    public record VersionDto(int version, Instant createdAt, String note, String author, QuestionSpec spec) {
    }

    /** A question with all its versions, oldest first, and where it is used. */
    public record QuestionDetailDto(QuestionRowDto current, QuestionSpec spec, boolean shownInAttempts,
            List<VersionDto> versions) {
    }

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;

    QuestionBankService(QuestionRepository questions, QuestionVersionRepository versions) {
        this.questions = questions;
        this.versions = versions;
    }

    /** The bank's questions matching the filter, by id. */
    public List<QuestionRowDto> list(Filter filter) {
        return rows(null).stream().filter(filter::matches).toList();
    }

    /** The bank's questions matching the filter, by id, each with its current spec: two queries whatever the bank's size. */
    public List<CurrentDto> listCurrent(Filter filter) {
        List<QuestionRowDto> rows = list(filter);
        Map<String, QuestionVersion> current = versions.findCurrent(rows.stream().map(QuestionRowDto::id).toList());
        return rows.stream().map(row -> new CurrentDto(row, current.get(row.id()).spec)).toList();
    }

    public Optional<QuestionDetailDto> find(String slug) {
        return questions.findBySlug(slug).map(question -> {
            List<VersionDto> all = versions.listVersions(question).stream()
                    .map(v -> new VersionDto(v.version, v.createdAt, v.note, v.author, v.spec)).toList();
            return new QuestionDetailDto(rows(slug).get(0), all.get(all.size() - 1).spec(), versions.wasShown(question), all);
        });
    }

    public Optional<VersionDto> findVersion(String slug, int version) {
        return find(slug).flatMap(detail -> detail.versions().stream().filter(v -> v.version() == version).findFirst());
    }

    private List<QuestionRowDto> rows(String slug) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager().createNativeQuery("""
                select q.slug, q.article_slug, v.version, v.type, v.spec ->> 'stem', v.evidence_anchor, q.retired_at,
                       v.created_at,
                       (select string_agg(t.tag, '|' order by t.position) from question_version_tag t
                         where t.question_version_id = v.id),
                       (select string_agg(z.slug, '|' order by z.slug) from quiz_question qq join quiz z on z.id = qq.quiz_id
                         where qq.question_id = q.id)
                from question q
                join lateral (select * from question_version v where v.question_id = q.id
                              order by v.version desc limit 1) v on true
                where cast(:slug as text) is null or q.slug = :slug
                order by q.slug""")
                .setParameter("slug", new org.hibernate.query.TypedParameterValue<>(
                        org.hibernate.type.StandardBasicTypes.STRING, slug))
                .getResultList();
        return rows.stream().map(row -> new QuestionRowDto((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                QuestionType.valueOf((String) row[3]), (String) row[4], (String) row[5], split(row[8]),
                row[6] != null ? Status.RETIRED : row[5] == null ? Status.DRAFT : Status.ACTIVE, split(row[9]),
                NativeRows.instant(row[7]))).toList();
    }

    private static List<String> split(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split("\\|"));
    }

    private EntityManager entityManager() {
        return questions.getEntityManager();
    }
}
