package dev.cofactor.web.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of accounts: random tokens (sessions, reset links, the anonymous CSRF secret), their
 * SHA-256 for storage, and HMACs made from them. Only hashes are stored; a token lives in a cookie or a link.
 */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** A new random token of 32 bytes, base64url without padding (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    /** Whether a value could be a token at all; anything else is refused before it reaches a query. */
    static boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** A token as it is stored. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /** HMAC-SHA256 of the parts joined by NUL (which no part holds, so that no two lists of parts meet), base64url. */
    static String hmac(byte[] key, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return BASE64URL.encodeToString(mac.doFinal(String.join("\0", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
