package org.cocrea.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.cocrea.shared.DomainException;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (the same format the database
 * identity store verifies at sign-in), and holds the password policy.
 */
@ApplicationScoped
public class Passwords {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. The hash stores its own parameters. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    public static final int MIN_LENGTH = 10;

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
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

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
