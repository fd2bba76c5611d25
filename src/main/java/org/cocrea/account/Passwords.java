package org.cocrea.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import org.cocrea.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (the same format the database
 * identity store verifies at sign-in), and holds the password policy.
 */
@ApplicationScoped
public class Passwords {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512; each hash stores its own parameters. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    /** Below this, a setting is ignored: the cost may be tuned, not switched off. */
    public static final int MIN_ITERATIONS = 10_000;

    public static final int MIN_LENGTH = 10;

    /** Letters and digits nobody confuses when reading them aloud or copying them (no 0/O, 1/l/I). */
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** 16 characters of that alphabet: about 93 bits, for a password that lives until the next sign-in. */
    static final int TEMPORARY_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "cocrea.password.iterations", defaultValue = "210000")
    private int iterations;

    /** A hash no password matches, made with the current cost, for {@link #verifyAgainstNobody}. */
    private volatile String nobody;

    @PostConstruct
    void configure() {
        hash.initialize(parameters(iterations));
    }

    static Map<String, String> parameters(int iterations) {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(iterations, MIN_ITERATIONS)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64");
    }

    /** Hashes a new password after checking the policy; the field names the input it came from. */
    public String hashNew(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw DomainException.onField(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > 200) {
            throw DomainException.onField(field, "password.tooLong");
        }
        return hash.generate(password.toCharArray());
    }

    /** A new random temporary password, for a reset; shown once to the person who resets. */
    public static String temporary() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Spends what checking a real account costs, for sign-ins with a username that does not
     * exist: otherwise the quicker answer would tell which usernames do.
     */
    public void verifyAgainstNobody(String password) {
        if (nobody == null) {
            nobody = hash.generate("nobody-has-this-password".toCharArray());
        }
        matches(password == null ? "" : password, nobody);
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
