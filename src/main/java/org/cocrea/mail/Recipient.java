package org.cocrea.mail;

/**
 * Who a mail goes to: an account (its id, for preferences and unsubscribe) or, for an anonymous
 * follower, only an address and its own stop link; the name for the greeting and the language of the texts ("es" unless
 * the person chose "en").
 */
public record Recipient(Long accountId, String address, String name, String language, String unsubscribePath) {

    public Recipient {
        language = "en".equals(language) ? "en" : "es";
    }

    /** A person whose unsubscribe link, if any, comes from its account's preferences. */
    public Recipient(Long accountId, String address, String name, String language) {
        this(accountId, address, name, language, null);
    }

    /**
     * An anonymous follower (package {@code follow}): no account, and its own signed stop link
     * ({@code unsubscribePath}, a path of the application) at the foot of every mail.
     */
    public static Recipient follower(String address, String language, String unsubscribePath) {
        return new Recipient(null, address, null, language, unsubscribePath);
    }
}
