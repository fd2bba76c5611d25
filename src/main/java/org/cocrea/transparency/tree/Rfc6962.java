package org.cocrea.transparency.tree;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashing of RFC 6962 §2.1 (SHA-256): a leaf is SHA-256(0x00 || data), an interior node
 * SHA-256(0x01 || left || right), the empty tree SHA-256 of nothing. Plain JDK, no JPA: the
 * offline verifier uses this class as it is.
 */
public final class Rfc6962 {

    public static final int HASH_LENGTH = 32;

    private Rfc6962() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(data);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** SHA-256 of some bytes (evidence files are logged by this hash). */
    public static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The largest power of two smaller than n (n ≥ 2): where RFC 6962 splits a tree of n leaves. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
