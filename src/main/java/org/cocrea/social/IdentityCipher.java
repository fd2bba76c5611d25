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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code v2:<key id>:<Base64(nonce ‖ ciphertext ‖ tag)>}, the key id being the first 8 hex digits of
 * the key's SHA-256 (it names the key, it reveals nothing of it).
 *
 * <p>Rotation: a new key file becomes {@code cocrea.complaints.keyFile} and the earlier ones are
 * listed in {@code cocrea.complaints.retiredKeyFiles} (comma-separated): values sealed with a retired
 * key still open, and {@link #needsRekey}/{@link #rekey} move them to the current key (the
 * administrator's re-encryption, {@link IdentityRekeying}). Values of the first
 * format, {@code v1:<Base64>} (no key id), open with whichever configured key fits. Without the setting
 * (demo, tests) a key is made in the temporary directory and the log says so. docs/operations.md.
 */
@ApplicationScoped
public class IdentityCipher {

    private static final Logger LOG = Logger.getLogger(IdentityCipher.class.getName());
    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "cocrea.complaints.keyFile")
    private Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "cocrea.complaints.retiredKeyFiles")
    private Optional<String> retiredKeyFiles;

    private String currentId;
    /** Every key that opens values, by id: the current one first, then the retired ones as listed. */
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /** For tests outside the container: a cipher sealing with the first key, opening with all of them. */
    static IdentityCipher withKeys(byte[] current, byte[]... retired) {
        IdentityCipher cipher = new IdentityCipher();
        cipher.currentId = cipher.add(current);
        for (byte[] raw : retired) {
            cipher.add(raw);
        }
        return cipher;
    }

    /** Outside the container (unit tests, the demo's among them): a cipher with this key alone. */
    public static IdentityCipher withKey(byte[] raw) {
        return withKeys(raw);
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
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the complaints key " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        currentId = add(read(path));
        List<String> retired = new ArrayList<>();
        // a plain text split here: Payara's injection of Optional<List<String>> fails (ClassCastException)
        for (String file : retiredKeyFiles.orElse("").split(",")) {
            if (!file.isBlank()) {
                retired.add(add(read(Path.of(file.strip()))));
            }
        }
        LOG.info(() -> "complainants' identities: current key " + currentId + (retired.isEmpty() ? "" : ", retired keys " + retired));
    }

    private static byte[] read(Path path) {
        try {
            byte[] raw = Base64.getDecoder().decode(Files.readString(path, StandardCharsets.US_ASCII).strip());
            if (raw.length != 32) {
                throw new IllegalStateException("the complaints key " + path + " is not a 256-bit key in Base64");
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the complaints key " + path, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the complaints key " + path + " is not Base64", e);
        }
    }

    /** Adds a key that opens values; its id. */
    private String add(byte[] raw) {
        String id = idOf(raw);
        keys.putIfAbsent(id, new SecretKeySpec(raw, "AES"));
        return id;
    }

    /** The first 8 hex digits of the key's SHA-256. */
    static String idOf(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return currentId;
    }

    /** The text encrypted with the current key and bound to {@code folio}. */
    public String encrypt(String plain, String folio) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(folio.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return V2 + currentId + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    /**
     * The text of a value {@link #encrypt} made for {@code folio}, with whichever configured key made
     * it; a value tampered with, of another folio or of a key no longer configured fails.
     */
    public String decrypt(String stored, String folio) {
        if (stored != null && stored.startsWith(V2) && stored.indexOf(':', V2.length()) > 0) {
            int colon = stored.indexOf(':', V2.length());
            SecretKey key = keys.get(stored.substring(V2.length(), colon));
            if (key == null) {
                throw new IllegalStateException("the identity was sealed with key " + stored.substring(V2.length(), colon)
                        + ", which is neither cocrea.complaints.keyFile nor in cocrea.complaints.retiredKeyFiles");
            }
            return open(key, stored.substring(colon + 1), folio);
        }
        if (stored != null && stored.startsWith(V1)) {
            IllegalStateException last = null;
            for (SecretKey key : keys.values()) {
                try {
                    return open(key, stored.substring(V1.length()), folio);
                } catch (IllegalStateException e) {
                    last = e;
                }
            }
            throw last;
        }
        throw new IllegalStateException("not an encrypted identity");
    }

    /** The id of the key a stored value names ("v1" for the first format, null for none): never the value. */
    static String keyIdOf(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':', V2.length());
        return stored.startsWith(V2) && colon > 0 ? stored.substring(V2.length(), colon) : "v1";
    }

    /** Whether a stored value was sealed with another key than the current one (or in the first format). */
    public boolean needsRekey(String stored) {
        return stored != null && !stored.startsWith(V2 + currentId + ":");
    }

    /** The same text sealed again with the current key, for the same folio. */
    public String rekey(String stored, String folio) {
        return encrypt(decrypt(stored, folio), folio);
    }

    private static String open(SecretKey key, String base64, String folio) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            cipher.updateAAD(folio.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the identity does not open with this key and folio", e);
        }
    }
}
