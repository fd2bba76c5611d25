package org.cocrea.account;

import org.cocrea.shared.SecretTokens;
import org.cocrea.shared.persistence.NotShownOnPublicPages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.cocrea.shared.DomainException;

/**
 * A password reset by e-mail: the link's token is random (256 bits), sent once and stored only as its
 * SHA-256; it works once, until {@link #VALID} after it was asked for, and a newer request or a
 * completed reset ends every earlier one of the account.
 */
@NotShownOnPublicPages
@Entity
@Table(name = "password_reset")
public class PasswordReset implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How long a link works. */
    public static final Duration VALID = Duration.ofMinutes(30);
    /** At most this many requests per account within {@link #WINDOW}; more send nothing (and say the same). */
    public static final int MAX_PER_WINDOW = 3;
    public static final Duration WINDOW = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PasswordReset() {
    }

    private PasswordReset(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID);
    }

    /** A new reset and the token for its link (never stored). */
    record Issued(PasswordReset reset, String token) {
    }

    static Issued issue(long accountId, Instant now) {
        String token = SecretTokens.newToken();
        return new Issued(new PasswordReset(accountId, hash(token), now), token);
    }

    /** Whether the link still works at {@code now}. */
    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; refused, with one message whatever the reason, when used or expired. */
    void redeem(Instant now) {
        if (!isUsable(now)) {
            throw new DomainException("passwordReset.invalid");
        }
        usedAt = now;
    }

    /** A newer request or a completed reset ends this one. */
    void end(Instant now) {
        if (isUsable(now)) {
            expiresAt = now;
        }
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }

    Long getAccountId() { return accountId; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getUsedAt() { return usedAt; }
}
