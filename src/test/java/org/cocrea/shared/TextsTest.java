package org.cocrea.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aRequiredTextIsStrippedAndRefusedBlankOrTooLongOnItsField() {
        assertEquals("Equipo", Texts.required("  Equipo \n", "teamName", 6, "req", "long"));
        DomainException blank = assertThrows(DomainException.class, () -> Texts.required(" \t", "teamName", 6, "req", "long"));
        assertEquals("teamName", blank.field());
        assertEquals("req", blank.messageKey());
        DomainException tooLong = assertThrows(DomainException.class, () -> Texts.required("Equipos", "teamName", 6, "req", "long"));
        assertEquals("long", tooLong.messageKey());
        assertEquals(6, tooLong.arguments()[0]);
    }

    @Test
    void anOptionalTextIsNullWhenBlank() {
        assertNull(Texts.optional("   ", "notes", 10, "long"));
        assertNull(Texts.optional(null, "notes", 10, "long"));
        assertEquals("nota", Texts.optional(" nota ", "notes", 10, "long"));
    }
}
