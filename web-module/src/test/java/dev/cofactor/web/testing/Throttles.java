package dev.cofactor.web.testing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** Tests sign in from one address; a test that makes sign-ins fail on purpose forgets them after. */
public final class Throttles {

    private Throttles() {
    }

    /** Forgets every throttle window: failed sign-ins, sign-ups and reset requests counted so far. */
    public static void forget() {
        QuarkusTransaction.requiringNew().run(() ->
                Arc.container().instance(EntityManager.class).get().createNativeQuery("delete from throttle").executeUpdate());
    }
}
