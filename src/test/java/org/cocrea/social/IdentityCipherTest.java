package org.cocrea.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    private static byte[] key(int seed) {
        byte[] raw = new byte[32];
        new java.util.Random(seed).nextBytes(raw);
        return raw;
    }

    @Test
    void anIdentityOpensOnlyWithItsKeyAndItsFolio() {
        IdentityCipher cipher = IdentityCipher.withKey(key(1));
        String sealed = cipher.encrypt("María Pérez Ñúñez\nmaria@example.mx", "SON-2026-ABCD2345");
        assertThat(sealed).startsWith("v1:").doesNotContain("María", "maria@example.mx");
        assertThat(new String(Base64.getDecoder().decode(sealed.substring(3)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Mar", "example");
        assertEquals("María Pérez Ñúñez\nmaria@example.mx", cipher.decrypt(sealed, "SON-2026-ABCD2345"));
        assertNotEquals(sealed, cipher.encrypt("María Pérez Ñúñez\nmaria@example.mx", "SON-2026-ABCD2345"), "a fresh nonce each time");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "SON-2026-ZZZZ2345"), "bound to its folio");
        assertThrows(IllegalStateException.class, () -> IdentityCipher.withKey(key(2)).decrypt(sealed, "SON-2026-ABCD2345"));
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered, "SON-2026-ABCD2345"));
    }

    @Test
    void foliosNameTheStateAndYearAndAreRandom() {
        SecureRandom random = new SecureRandom();
        String folio = Complaint.newFolio("SON", 2026, random);
        assertThat(folio).matches("SON-2026-[2-9A-HJKMNP-Z]{8}");
        assertNotEquals(folio, Complaint.newFolio("SON", 2026, random));
    }
}
