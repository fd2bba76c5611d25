package org.cocrea.toolbox;

import java.util.Locale;

/** The language a material is written in: Spanish or English. */
public enum MaterialLanguage {
    ES,
    EN;

    /** The ISO 639-1 code: "es", "en". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
