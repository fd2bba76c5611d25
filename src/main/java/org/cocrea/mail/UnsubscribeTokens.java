package org.cocrea.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-click unsubscribe token of a mail: {@code <account id>.<kind>.<HMAC-SHA256>} in URL-safe
 * Base64, signed with the key of {@code cocrea.mail.signingKey}. It needs no sign-in and no database
 * row; a changed id or kind, or a token signed with another key, is refused. It does not expire: an
 * old mail's link still stops that kind of mail (RFC 8058 asks for links that keep working).
 */
final class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;

    UnsubscribeTokens(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the unsubscribe signing key needs at least 16 bytes");
        }
        this.key = key.clone();
    }

    /** What a valid token stands for: stop {@code kind} for the account. */
    record Subject(long accountId, MailKind kind) {
    }

    String sign(long accountId, MailKind kind) {
        return signed(accountId + "." + kind.name());
    }

    /** The token's subject, or empty when it is malformed, forged or signed with another key. */
    Optional<Subject> verify(String token) {
        Optional<String> payload = payload(token);
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = payload.get().split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            MailKind kind = MailKind.valueOf(parts[1]);
            return kind.isOptional() ? Optional.of(new Subject(Long.parseLong(parts[0]), kind)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code payload.<HMAC-SHA256>}: any payload, signed with the same key (the follow links, package follow). */
    String signed(String payload) {
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(payload));
    }

    /** The payload of a {@link #signed} token, or empty when it is malformed, forged or signed with another key. */
    Optional<String> payload(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        return MessageDigest.isEqual(given, mac(payload)) ? Optional.of(payload) : Optional.empty();
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
