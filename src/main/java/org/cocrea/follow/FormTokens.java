package org.cocrea.follow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cocrea.mail.MailSettings;
import org.cocrea.shared.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed, time-limited token of the anonymous public forms (follow, comment): {@code form.<epoch
 * second>} signed with the mail key. A form older than {@code cocrea.follow.formValidity}, from the
 * future, or forged is refused ({@code follow.form.expired}); the page then offers a fresh form.
 */
@ApplicationScoped
public class FormTokens {

    private static final String FORM = "form.";

    @Inject
    private Clock clock;

    @Inject
    private MailSettings settings;

    @Inject
    @ConfigProperty(name = "cocrea.follow.formValidity", defaultValue = "PT12H")
    String formValidity;

    /** A fresh token: signed, it says when the form was made. */
    public String fresh() {
        return settings.sign(FORM + clock.instant().getEpochSecond());
    }

    /** Refuses a token this server did not make, or made too long ago. */
    public void check(String token) {
        Instant made = settings.verified(token)
                .filter(p -> p.startsWith(FORM))
                .map(p -> {
                    try {
                        return Instant.ofEpochSecond(Long.parseLong(p.substring(FORM.length())));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .orElse(null);
        Instant now = clock.instant();
        if (made == null || made.isAfter(now.plusSeconds(60)) || made.plus(Duration.parse(formValidity)).isBefore(now)) {
            throw new DomainException("follow.form.expired");
        }
    }
}
