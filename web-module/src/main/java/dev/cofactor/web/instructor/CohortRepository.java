package dev.cofactor.web.instructor;

import dev.cofactor.quiz.NativeRows;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/** Cohorts and their members; a cohort is read with its instructor's name and its member count. */
@ApplicationScoped
public class CohortRepository implements PanacheRepository<Cohort> {

    public Optional<Cohort> findByJoinCode(String joinCode) {
        return find("joinCode", joinCode).firstResultOptional();
    }

    public boolean isJoinCodeTaken(String joinCode) {
        return count("joinCode", joinCode) > 0;
    }

    public Optional<CohortDto> findSummary(long cohortId) {
        return listSummaries("c.id = ?1", cohortId).stream().findFirst();
    }

    /** The cohort if this instructor runs it, or whoever runs it when {@code everyone} (an admin). */
    public Optional<CohortDto> findRunBy(long cohortId, long instructorId, boolean everyone) {
        return listSummaries("c.id = ?1 and (c.instructor_id = ?2 or ?3)", cohortId, instructorId, everyone).stream()
                .findFirst();
    }

    /** The cohorts this instructor runs, or every cohort when {@code everyone} (an admin), by name. */
    public List<CohortDto> listRunBy(long instructorId, boolean everyone) {
        return listSummaries("c.instructor_id = ?1 or ?2", instructorId, everyone);
    }

    public List<CohortDto> listJoinedBy(long learnerId) {
        return listSummaries("c.id in (select cohort_id from cohort_member where learner_id = ?1)", learnerId);
    }

    @SuppressWarnings("unchecked")
    private List<CohortDto> listSummaries(String condition, Object... parameters) {
        var query = getEntityManager().createNativeQuery("""
                select c.id, c.name, c.join_code, c.instructor_id, i.display_name, c.created_at,
                       (select count(*) from cohort_member m where m.cohort_id = c.id)
                from cohort c join account i on i.id = c.instructor_id
                where\s""" + condition + " order by c.name, c.id");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new CohortDto(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], ((Number) row[3]).longValue(), (String) row[4],
                ((Number) row[6]).longValue(), NativeRows.instant(row[5]))).toList();
    }

    /** Per learner, the names of the cohorts they are in that this instructor runs (every cohort when {@code everyone}): "A; B". */
    @SuppressWarnings("unchecked")
    public Map<Long, String> cohortNamesByLearner(long instructorId, boolean everyone) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select m.learner_id, string_agg(c.name, '; ' order by c.name)
                from cohort_member m join cohort c on c.id = m.cohort_id
                where c.instructor_id = ?1 or ?2 group by m.learner_id""")
                .setParameter(1, instructorId).setParameter(2, everyone).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    /** The members of a cohort, by name. */
    @SuppressWarnings("unchecked")
    public List<MemberDto> listMembers(long cohortId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.id, a.display_name, a.email, m.joined_at
                from cohort_member m join account a on a.id = m.learner_id
                where m.cohort_id = ?1 order by a.display_name, a.id""").setParameter(1, cohortId).getResultList();
        return rows.stream().map(row -> new MemberDto(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                NativeRows.instant(row[3]))).toList();
    }

    /** Adds a learner to a cohort in one statement; a learner already in it stays as they were. */
    public void addMember(long cohortId, long learnerId, Instant joinedAt) {
        getEntityManager().createNativeQuery("""
                insert into cohort_member (cohort_id, learner_id, joined_at) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, cohortId).setParameter(2, learnerId).setParameter(3, joinedAt).executeUpdate();
    }

    /** The learners of one cohort, or without one, of every cohort this instructor runs. */
    @SuppressWarnings("unchecked")
    public List<Long> listLearnerIds(Optional<Long> cohortId, long instructorId) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                select distinct m.learner_id from cohort_member m join cohort c on c.id = m.cohort_id
                where (c.id = ?1 or (cast(?1 as bigint) is null and c.instructor_id = ?2))""")
                .setParameter(1, new TypedParameterValue<>(StandardBasicTypes.LONG, cohortId.orElse(null)))
                .setParameter(2, instructorId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
