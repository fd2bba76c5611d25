package org.cocrea.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CleanTextTest {

    @Test
    void typedTextLosesNullBytesAndControlsButKeepsItsLines() {
        assertEquals("Minuta\nsegunda línea\tcon tab", CleanText.typed("Mi\u0000nuta\nsegunda\u0007 línea\tcon\u001B tab\u007F\u0085"));
        String clean = "Texto limpio, con acentos: ñ";
        assertSame(clean, CleanText.typed(clean));
        assertNull(CleanText.typed(null));
    }

    @Test
    void aNameLosesEveryControlAndInvisibleReordering() {
        assertEquals("evilgnp.exe", CleanText.name("evil\u202Egnp.exe"));
        assertEquals("informe final.pdf", CleanText.name(" informe\u200B final.pdf\n\u0000"));
        assertEquals("ab", CleanText.name("a\u2067\u2069\u200Fb"));
    }
}
