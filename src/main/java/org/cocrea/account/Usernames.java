package org.cocrea.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A user name as typed on the sign-in page, in the one form that counts. The database compares
 * names with {@code utf8mb4_unicode_ci}, which finds {@code evaluador.zac} for {@code Evaluádor.zac},
 * for a combining accent or for trailing non-breaking spaces: whatever was typed, the sign-in uses
 * the name of the account found, and counts failures against it ({@link AccountService#signInName}).
 * Names are created already normal: lower-case ASCII letters, digits, dot, underscore and hyphen.
 */
public final class Usernames {

    private Usernames() {
    }

    /** NFKC, without any kind of space (U+00A0 and the like too) or invisible format character, in lower case. */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String compatible = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder name = new StringBuilder(compatible.length());
        compatible.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && !Character.isISOControl(c))
                .forEach(name::appendCodePoint);
        return name.toString().toLowerCase(Locale.ROOT);
    }

    /** {@link #normalize} without accents or other combining marks: how an unknown name is counted. */
    public static String folded(String typed) {
        String decomposed = Normalizer.normalize(normalize(typed), Normalizer.Form.NFD);
        return Normalizer.normalize(decomposed.replaceAll("\\p{M}+", ""), Normalizer.Form.NFC);
    }
}
