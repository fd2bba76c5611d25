package org.cocrea.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hashing cost: strong by default, tunable, never below the floor. */
class PasswordsTest {

    @Test
    void theDefaultCostIsOwaspsRecommendation() {
        assertEquals("210000", Passwords.parameters(Passwords.DEFAULT_ITERATIONS).get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("PBKDF2WithHmacSHA512", Passwords.parameters(Passwords.DEFAULT_ITERATIONS).get("Pbkdf2PasswordHash.Algorithm"));
    }

    @Test
    void aSettingBelowTheFloorIsRaisedToIt() {
        assertEquals("10000", Passwords.parameters(1).get("Pbkdf2PasswordHash.Iterations"));
        assertEquals("300000", Passwords.parameters(300_000).get("Pbkdf2PasswordHash.Iterations"));
    }

    @Test
    void aTemporaryPasswordIsLongRandomAndEasyToReadAloud() {
        String first = Passwords.temporary();
        assertEquals(Passwords.TEMPORARY_LENGTH, first.length());
        org.junit.jupiter.api.Assertions.assertTrue(first.length() >= Passwords.MIN_LENGTH);
        org.junit.jupiter.api.Assertions.assertTrue(first.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), first);
        org.junit.jupiter.api.Assertions.assertNotEquals(first, Passwords.temporary());
    }
}
