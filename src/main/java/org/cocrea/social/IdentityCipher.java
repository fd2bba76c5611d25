package org.cocrea.social;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts a complainant's identity at rest: AES-256-GCM with the key of a key file outside the
 * database, {@code cocrea.complaints.keyFile} (MicroProfile Config; the file holds the 32-byte key in
 * Base64). Each value gets a fresh 96-bit nonce and is bound to its complaint's folio (associated
 * data), so a ciphertext copied onto another complaint does not open. Stored as
 * {@code v1:<Base64(nonce ‖ ciphertext ‖ tag)>}. Without the setting (demo, tests) a key is made in
 * the temporary directory and the log says so. docs/operations.md.
 */
@ApplicationScoped
public class IdentityCipher {

    private static final Logger LOG = Logger.getLogger(IdentityCipher.class.getName());
    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "cocrea.complaints.keyFile")
    private Optional<String> keyFile;

    private SecretKey key;

    /** Outside the container (the demo's unit test): a cipher with this key. */
    public static IdentityCipher withKey(byte[] raw) {
        IdentityCipher cipher = new IdentityCipher();
        cipher.key = new SecretKeySpec(raw, "AES");
        return cipher;
    }

    @PostConstruct
    void load() {
        Path path = keyFile.filter(p -> !p.isBlank()).map(Path::of).orElseGet(() -> {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "cocrea-complaints-demo.key");
            LOG.warning(() -> "cocrea.complaints.keyFile is not set: complainants' identities are encrypted with the DEMO key "
                    + temporary + " — set it to a key file kept outside the database in production");
            return temporary;
        });
        try {
            if (!Files.exists(path)) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256, RANDOM);
                Files.createDirectories(path.toAbsolutePath().getParent());
                Files.writeString(path, Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()), StandardCharsets.US_ASCII);
                LOG.warning(() -> "generated a new complaints key in " + path);
            }
            byte[] raw = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip());
            if (raw.length != 32) {
                throw new IllegalStateException("the complaints key " + path + " is not a 256-bit key in Base64");
            }
            key = new SecretKeySpec(raw, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the complaints key " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text encrypted and bound to {@code folio}. */
    public String encrypt(String plain, String folio) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(folio.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /** The text of a value {@link #encrypt} made for {@code folio}; a value tampered with or of another folio fails. */
    public String decrypt(String stored, String folio) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not an encrypted identity");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            cipher.updateAAD(folio.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the identity does not open with this key and folio", e);
        }
    }
}
