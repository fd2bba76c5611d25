package org.cocrea.mail;

/**
 * Who a mail goes to: an account (its id, for preferences and unsubscribe) or, for an anonymous
 * follower, only an address; the name for the greeting and the language of the texts ("es" unless
 * the person chose "en").
 */
public record Recipient(Long accountId, String address, String name, String language) {

    public Recipient {
        language = "en".equals(language) ? "en" : "es";
    }
}
