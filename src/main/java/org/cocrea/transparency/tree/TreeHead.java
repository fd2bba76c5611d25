package org.cocrea.transparency.tree;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * What a signed tree head says: the tree's size and root, when, and which key signed it. The
 * signature is Ed25519 over {@link #message()}, five lines of ASCII each ended by a line feed:
 * {@code cocrea-tree-head/v1}, the size in decimal, the root in lower-case hex, the time in
 * milliseconds since the epoch in decimal, the key id.
 */
public record TreeHead(long size, byte[] root, long timestampMillis, String keyId) {

    public static final String VERSION = "cocrea-tree-head/v1";

    public byte[] message() {
        return (VERSION + "\n" + size + "\n" + Hex.of(root) + "\n" + timestampMillis + "\n" + keyId + "\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether {@code signature} is the Ed25519 signature of this head by the key whose X.509 (SubjectPublicKeyInfo) encoding is given. */
    public boolean verify(byte[] publicKeyX509, byte[] signature) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKeyX509));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message());
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A key's id: the first 8 bytes of the SHA-256 of its X.509 encoding, in hex. */
    public static String keyId(byte[] publicKeyX509) {
        return Hex.of(java.util.Arrays.copyOf(Rfc6962.sha256(publicKeyX509), 8));
    }
}
