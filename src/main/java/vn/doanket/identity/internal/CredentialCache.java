package vn.doanket.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a short time, that a username and password were checked against the account's
 * stored (bcrypt) hash, so a script sending HTTP Basic on every request does not pay a bcrypt check
 * each time. Only successes are remembered, and never the password itself: an entry holds an
 * HMAC-SHA-256 of the password and one of the stored hash, under a random key made when the process
 * starts. An entry counts only while the stored hash is the one it was made with (a new password
 * makes it useless) and for {@link #TTL}; the account's enabled and locked state is checked on every
 * request before the cache is asked, from the account as last read (see {@link AccountCache}: any change
 * to an account makes every instance read it again), so locking or disabling an account takes effect
 * from the next request.
 */
@Component
public class CredentialCache {

    static final Duration TTL = Duration.ofMinutes(2);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] password, byte[] storedHash, long expiresAt) {}

    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    CredentialCache() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** True when this password was checked against this stored hash less than {@link #TTL} ago. */
    boolean matches(String username, String password, String storedHash) {
        Entry e = entries.get(username);
        if (e == null || password == null || storedHash == null) {
            return false;
        }
        if (System.nanoTime() - e.expiresAt() > 0) {
            entries.remove(username, e);
            return false;
        }
        return MessageDigest.isEqual(e.storedHash(), mac("hash", username, storedHash))
                & MessageDigest.isEqual(e.password(), mac("password", username, password));
    }

    /** Records a successful check of the password against the stored hash. */
    void remember(String username, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // a bound, not a policy: the next request of each account checks bcrypt again
        }
        entries.put(
                username,
                new Entry(
                        mac("password", username, password),
                        mac("hash", username, storedHash),
                        System.nanoTime() + TTL.toNanos()));
    }

    /** Forgets the account's entry: its password, state or roles changed, or a check failed. */
    public void forget(String username) {
        if (username != null) {
            entries.remove(username);
        }
    }

    private byte[] mac(String purpose, String username, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
