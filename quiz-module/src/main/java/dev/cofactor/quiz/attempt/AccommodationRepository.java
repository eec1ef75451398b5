package dev.cofactor.quiz.attempt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Learners' extra time, one row per learner (its id is the learner's). */
@ApplicationScoped
public class AccommodationRepository implements PanacheRepository<Accommodation> {

    public List<Accommodation> listByLearners(List<Long> learnerIds) {
        return list("learnerId in ?1", learnerIds);
    }

    /** Sets a learner's extra time, replacing what they had, in one statement. */
    public void upsert(long learnerId, BigDecimal timeMultiplier, int extraMinutes, long grantedBy, Instant grantedAt) {
        getEntityManager().createNativeQuery("""
                insert into accommodation (learner_id, time_multiplier, extra_minutes, granted_by, granted_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (learner_id) do update set time_multiplier = excluded.time_multiplier,
                    extra_minutes = excluded.extra_minutes, granted_by = excluded.granted_by,
                    granted_at = excluded.granted_at""")
                .setParameter(1, learnerId).setParameter(2, timeMultiplier).setParameter(3, extraMinutes)
                .setParameter(4, grantedBy).setParameter(5, grantedAt)
                .executeUpdate();
    }

    /** Takes a learner's extra time away, in one statement. */
    public void deleteByLearner(long learnerId) {
        delete("learnerId", learnerId);
    }
}
