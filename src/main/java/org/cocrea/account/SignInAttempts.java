package org.cocrea.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.shared.SecretTokens;

/**
 * Slows down password guessing: while a username (the account's stored name, as
 * {@link AccountService#signInName} gives it; any other text is counted without case, spaces or
 * accents) has {@value FailedSignIns#MAX_FAILURES} failed sign-ins within a window of
 * {@link FailedSignIns#WINDOW}, it cannot sign in ({@link FailedSignIns} holds the rules). Kept in
 * the database ({@code sign_in_attempt}, {@link SignInCounters}), keyed by the SHA-256 of the folded
 * name: a restart does not forgive, every instance sees the same count, and an unknown name is
 * throttled like an account. The time comes from the application's {@link Clock}.
 */
@ApplicationScoped
public class SignInAttempts {

    private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

    @Inject
    private SignInCounters counters;

    @Inject
    private Clock clock;

    /** Minutes until this username may try again; zero when it may try now. */
    public long minutesBlocked(String username) {
        return counters.read(key(username)).map(f -> f.minutesBlocked(clock.instant())).orElse(0L);
    }

    /**
     * Counts a failed sign-in. Should the database pick this transaction to break a deadlock (with
     * the clean-up of another instance, say), it is counted once more; then the rows that are over
     * are deleted, in a transaction of their own whose failure only costs the clean-up.
     */
    public void failed(String username) {
        String key = key(username);
        try {
            counters.countFailure(key, clock.instant());
        } catch (RuntimeException first) {
            LOG.log(Level.FINE, "A failed sign-in is counted again after", first);
            counters.countFailure(key, clock.instant());
        }
        try {
            counters.forgetOver(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The old sign-in counters are deleted with the next failure", e);
        }
    }

    public void succeeded(String username) {
        counters.forget(key(username));
    }

    /** The row's key: the SHA-256 of the name in its folded form, so no name typed is kept as such. */
    static String key(String username) {
        return SecretTokens.hash(Usernames.folded(username));
    }
}
