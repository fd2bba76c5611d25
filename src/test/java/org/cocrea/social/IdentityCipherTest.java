package org.cocrea.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
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
        assertThat(sealed).startsWith("v2:" + IdentityCipher.idOf(key(1)) + ":").doesNotContain("María", "maria@example.mx");
        assertThat(new String(Base64.getDecoder().decode(sealed.substring(12)), java.nio.charset.StandardCharsets.ISO_8859_1))
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

    /** A value as the first release stored it: "v1:" and no key id (the same AES-GCM, folio as associated data). */
    private static String sealedByTheFirstRelease(byte[] raw, String plain, String folio) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(raw, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        cipher.updateAAD(folio.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] all = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, all, 0, nonce.length);
        System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
        return "v1:" + Base64.getEncoder().encodeToString(all);
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreSealedAgainWithTheNewKey() throws Exception {
        String folio = "ZAC-2026-QWER2345";
        IdentityCipher before = IdentityCipher.withKey(key(1));
        String sealedBefore = before.encrypt("Juan Pérez\n492 555 0101", folio);
        String firstRelease = sealedByTheFirstRelease(key(1), "Rosa Díaz\n", folio);

        IdentityCipher after = IdentityCipher.withKeys(key(2), key(1));
        assertNotEquals(before.currentKeyId(), after.currentKeyId());
        assertEquals("Juan Pérez\n492 555 0101", after.decrypt(sealedBefore, folio), "a retired key still opens its values");
        assertEquals("Rosa Díaz\n", after.decrypt(firstRelease, folio), "the first format opens with whichever key fits");
        assertThat(List.of(sealedBefore, firstRelease)).allMatch(after::needsRekey);

        String resealed = after.rekey(sealedBefore, folio);
        assertThat(resealed).startsWith("v2:" + after.currentKeyId() + ":").doesNotContain("Juan");
        assertFalse(after.needsRekey(resealed));
        assertEquals("Juan Pérez\n492 555 0101", after.decrypt(resealed, folio));
        assertEquals(after.currentKeyId(), IdentityCipher.keyIdOf(resealed));
        assertEquals("v1", IdentityCipher.keyIdOf(firstRelease));
        assertThat(after.rekey(firstRelease, folio)).startsWith("v2:" + after.currentKeyId() + ":");

        IdentityCipher newKeyAlone = IdentityCipher.withKey(key(2));
        assertEquals("Juan Pérez\n492 555 0101", newKeyAlone.decrypt(resealed, folio), "once re-sealed, the old key may go");
        IllegalStateException gone = assertThrows(IllegalStateException.class, () -> newKeyAlone.decrypt(sealedBefore, folio));
        assertThat(gone.getMessage()).contains(before.currentKeyId(), "retiredKeyFiles").doesNotContain("Juan");
        assertThrows(IllegalStateException.class, () -> newKeyAlone.decrypt(firstRelease, folio));
        assertThrows(IllegalStateException.class, () -> after.decrypt("v2:" + after.currentKeyId() + ":" + resealed.substring(12), "ZAC-2026-OTRO2345"));
    }
}
