package org.cocrea.transparency;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.transparency.tree.TreeHead;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs tree heads with the Ed25519 key of a key file outside the database: the path is
 * {@code cocrea.transparency.keyFile} (MicroProfile Config). The file holds the private key
 * (PKCS#8) and the public key (X.509) as two PEM blocks; a missing file is created with a new key.
 * Without the setting (demo, tests) the key lives in the temporary directory, and the log says so.
 * Rotation: point the setting at a new file; heads name their key, and every key that ever signed
 * stays published ({@link PublishedKey}). docs/transparency.md.
 */
@ApplicationScoped
public class HeadSigner {

    private static final Logger LOG = Logger.getLogger(HeadSigner.class.getName());
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    @Inject
    @ConfigProperty(name = "cocrea.transparency.keyFile")
    private Optional<String> keyFile;

    private PrivateKey privateKey;
    private byte[] publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        Path path = keyFile.filter(p -> !p.isBlank()).map(Path::of).orElseGet(() -> {
            Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "cocrea-transparency-demo.key");
            LOG.warning(() -> "cocrea.transparency.keyFile is not set: tree heads are signed with the DEMO key "
                    + temporary + " — set it to a key file kept outside the database in production");
            return temporary;
        });
        try {
            if (!Files.exists(path)) {
                write(path, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
                LOG.warning(() -> "generated a new Ed25519 tree head key in " + path);
            }
            read(Files.readString(path, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tree head key " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the tree head key " + path + " is not an Ed25519 key pair", e);
        }
        LOG.info(() -> "tree heads are signed by key " + keyId + " from " + path);
    }

    /** Writes a key file: the private key (PKCS#8) and the public key (X.509), PEM; readable by its owner only where the file system allows. */
    public static void write(Path path, KeyPair pair) throws IOException {
        String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".cocrea-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
        }
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        try {
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            Files.deleteIfExists(temporary);
            if (!Files.exists(path)) {
                throw raced;
            }
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private void read(String pem) throws GeneralSecurityException {
        Matcher blocks = PEM.matcher(pem);
        while (blocks.find()) {
            byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
            if (blocks.group(1).equals("PRIVATE KEY")) {
                privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            } else if (blocks.group(1).equals("PUBLIC KEY")) {
                publicKey = der;
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new GeneralSecurityException("a key file needs a PRIVATE KEY and a PUBLIC KEY block");
        }
        keyId = TreeHead.keyId(publicKey);
    }

    byte[] sign(TreeHead head) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(head.message());
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a tree head", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }
}
