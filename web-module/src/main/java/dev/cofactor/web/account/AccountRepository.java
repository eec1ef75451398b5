package dev.cofactor.web.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByEmail(String email) {
        return find("email", AccountService.normalizeEmail(email)).firstResultOptional();
    }

    public List<Account> listByRoleAndName() {
        return list("order by role, displayName, email");
    }

    /** Serializes start-up seeding across app instances; released when the transaction ends. */
    public void lockSeeding() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('cofactor.account-seed'))")
                .getSingleResult();
    }

    /** Serializes creating accounts for one email until the transaction ends, so two at once cannot collide. */
    public void lockEmail(String email) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "cofactor.account:" + AccountService.normalizeEmail(email)).getSingleResult();
    }

    public boolean anyAdmin() {
        return count("role", Role.ADMIN) > 0;
    }
}
