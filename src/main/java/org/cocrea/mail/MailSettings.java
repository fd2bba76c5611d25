package org.cocrea.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail settings, from MicroProfile Config (system properties or environment variables,
 * docs/operations.md): the SMTP server ({@code cocrea.mail.host}, {@code .port}, {@code .tls} =
 * {@code starttls} | {@code ssl} | {@code none}, {@code .user}, {@code .password}, {@code .from}),
 * the key that signs unsubscribe links ({@code cocrea.mail.signingKey}), how often the sender looks
 * for due mail ({@code cocrea.mail.poll}), the pauses between the attempts of a mail the server did not
 * take ({@code cocrea.mail.retryPauses}) and the address links point at ({@code cocrea.publicUrl}).
 * Without a host, mail is kept, not sent (demo mode).
 */
@ApplicationScoped
public class MailSettings {

    private static final Logger LOG = Logger.getLogger(MailSettings.class.getName());

    @Inject @ConfigProperty(name = "cocrea.mail.host") Optional<String> host;
    @Inject @ConfigProperty(name = "cocrea.mail.port", defaultValue = "587") int port;
    @Inject @ConfigProperty(name = "cocrea.mail.tls", defaultValue = "starttls") String tls;
    @Inject @ConfigProperty(name = "cocrea.mail.user") Optional<String> user;
    @Inject @ConfigProperty(name = "cocrea.mail.password") Optional<String> password;
    @Inject @ConfigProperty(name = "cocrea.mail.from", defaultValue = "Cocrea <no-reply@localhost>") String from;
    @Inject @ConfigProperty(name = "cocrea.mail.signingKey") Optional<String> signingKey;
    @Inject @ConfigProperty(name = "cocrea.mail.poll", defaultValue = "PT10S") String poll;
    @Inject @ConfigProperty(name = "cocrea.mail.retryPauses") Optional<String> retryPauses;
    @Inject @ConfigProperty(name = "cocrea.publicUrl", defaultValue = "http://localhost:8080") String publicUrl;

    private UnsubscribeTokens tokens;

    /** Whether mail goes to an SMTP server; false in demo mode, where it is kept. */
    public boolean sends() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    String host() { return host.orElseThrow().strip(); }
    int port() { return port; }
    String tls() { return tls.strip().toLowerCase(java.util.Locale.ROOT); }
    Optional<String> user() { return user.filter(u -> !u.isBlank()); }
    Optional<String> password() { return password; }
    String from() { return from; }
    Duration poll() { return Duration.parse(poll); }

    /**
     * The pauses after the 1st, 2nd, … failed attempt of a mail: {@code cocrea.mail.retryPauses}, ISO-8601
     * durations separated by commas, or {@link MailMessage#BACKOFF} without it.
     */
    List<Duration> retryPauses() {
        return retryPauses.filter(p -> !p.isBlank()).map(MailSettings::pauses).orElse(MailMessage.BACKOFF);
    }

    static List<Duration> pauses(String setting) {
        List<Duration> pauses = Arrays.stream(setting.split(",")).map(String::strip).map(Duration::parse).toList();
        if (pauses.stream().anyMatch(p -> p.isNegative() || p.isZero())) {
            throw new IllegalArgumentException("cocrea.mail.retryPauses: every pause must be longer than zero: " + setting);
        }
        return pauses;
    }

    /** The absolute address of a path of the application, e.g. {@code /commitment?id=4}. */
    String link(String path) {
        String base = publicUrl.strip();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * The unsubscribe signer. Without {@code cocrea.mail.signingKey} a random key per process
     * (links break at restart and differ between instances: production sets the key; a warning says so).
     */
    synchronized UnsubscribeTokens tokens() {
        if (tokens == null) {
            byte[] key;
            if (signingKey.filter(k -> !k.isBlank()).isPresent()) {
                key = signingKey.get().strip().getBytes(StandardCharsets.UTF_8);
            } else {
                LOG.warning("cocrea.mail.signingKey is not set: unsubscribe links work until this server restarts");
                key = new byte[32];
                new SecureRandom().nextBytes(key);
            }
            tokens = new UnsubscribeTokens(key);
        }
        return tokens;
    }

    /** Signs a payload with the unsubscribe key: links that need no sign-in and no stored secret (package follow). */
    public String sign(String payload) {
        return tokens().signed(payload);
    }

    /** The payload of a token made by {@link #sign}, or empty when it was changed or signed with another key. */
    public Optional<String> verified(String token) {
        return tokens().payload(token);
    }
}
