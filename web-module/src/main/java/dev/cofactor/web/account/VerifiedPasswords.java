package dev.cofactor.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords this instance checked with bcrypt in the last few minutes, so that an API client sending the
 * same HTTP Basic credentials on every request pays bcrypt (and a throttle slot) once, not each time. An
 * entry holds an HMAC of the password under a key made at start and the bcrypt hash it matched: a new
 * password (a new hash) misses at once, and the account itself is still read on every request, so that
 * disabling it or changing its role takes effect at once too.
 */
@ApplicationScoped
class VerifiedPasswords {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MOST = 10_000;

    private record Entry(String passwordHash, Instant until) {
    }

    private final byte[] key = new byte[32];
    private final Object[] stripes = new Object[256];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * A lock shared by requests with the same email and password: a burst of them (an API client starting
     * up) runs bcrypt once and the rest find the result here, instead of each taking a throttle slot.
     * Different passwords (guesses) rarely share one, so they are counted and checked side by side.
     */
    Object lockFor(String email, String password) {
        return stripes[Math.floorMod(id(email, password).hashCode(), stripes.length)];
    }

    boolean isVerified(String email, String password, String passwordHash, Instant now) {
        Entry entry = verified.get(id(email, password));
        return entry != null && entry.passwordHash().equals(passwordHash) && now.isBefore(entry.until());
    }

    void remember(String email, String password, String passwordHash, Instant now) {
        if (verified.size() >= MOST) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MOST) {
                verified.clear();
            }
        }
        verified.put(id(email, password), new Entry(passwordHash, now.plus(REMEMBER)));
    }

    private String id(String email, String password) {
        return Tokens.hmac(key, email, password);
    }
}
