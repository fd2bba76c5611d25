package org.cocrea.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text of the application's bundle ({@code org/cocrea/web/messages*.properties}) in a language,
 * with its arguments (dates as dd/MM/yyyy; plurals by the pattern's choice format). The one lookup
 * the pages ({@code web.Messages}) and the mails ({@code mail.MailTexts}) share. A key the bundle
 * lacks reads as itself; a pattern without arguments is returned as written.
 */
public final class BundleText {

    public static final String BUNDLE = "org.cocrea.web.messages";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BundleText() {
    }

    public static String of(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate date) {
                shown[i] = DATE.format(date);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
