package org.cocrea.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleSwitchTest {

    @Test
    void theSwitchAddressKeepsTheQuery() {
        assertEquals("/cocrea/commitment?id=42&lang=en", LocaleSwitch.withLanguage("/cocrea/commitment", "id=42", "en"));
        assertEquals("/cocrea/plan?lang=es", LocaleSwitch.withLanguage("/cocrea/plan", null, "es"));
    }

    @Test
    void anEarlierLanguageIsReplacedNotRepeated() {
        assertEquals("/c?id=1&tab=2&lang=es", LocaleSwitch.withLanguage("/c", "lang=en&id=1&tab=2", "es"));
        assertEquals("id=1&language=x", LocaleSwitch.withoutLanguage("id=1&lang=en&language=x"));
        assertEquals("", LocaleSwitch.withoutLanguage("lang=en"));
    }

    @Test
    void theLanguageAskedForIsReadFromTheQueryStringAlone() {
        assertEquals("en", LocaleSwitch.languageIn("id=4&lang=en"));
        assertNull(LocaleSwitch.languageIn("language=en&lang=fr"));
        assertNull(LocaleSwitch.languageIn(null));
    }

    @Test
    void onlySpanishAndEnglishAreSpoken() {
        assertEquals("en", LocaleSwitch.supported("en"));
        assertNull(LocaleSwitch.supported("fr"));
        assertNull(LocaleSwitch.supported(null));
        assertEquals(Locale.ENGLISH, LocaleSwitch.localeOf("en"));
        assertEquals(Format.MEXICO, LocaleSwitch.localeOf(null));
    }
}
