package org.cocrea.transparency.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cocrea.transparency.tree.CanonicalJson;
import org.cocrea.transparency.tree.CompactRange;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.Rfc6962;
import org.cocrea.transparency.tree.TreeHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier on a log written here the way the server writes it (a head per entry), whole and tampered with. */
class VerifierTest {

    @TempDir
    Path evidence;

    private final List<String> contents = new ArrayList<>();
    private final List<String> headsJson = new ArrayList<>();
    private KeyPair key;

    private void log(int entries) throws Exception {
        key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String keyId = TreeHead.keyId(key.getPublic().getEncoded());
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < entries; i++) {
            String content = CanonicalJson.encode(i % 3 == 0
                    ? Map.of("kind", "evidence", "evidence", i, "sha256", Hex.of(Rfc6962.sha256(bytes(i))), "size", bytes(i).length)
                    : Map.of("kind", "progress-report", "report", i, "percent", i % 100));
            contents.add(content);
            range.append(Rfc6962.leafHash(content.getBytes(StandardCharsets.UTF_8)));
            TreeHead head = new TreeHead(range.size(), range.root(), 1_764_547_200_000L + i, keyId);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(head.message());
            headsJson.add("{\"treeSize\":" + head.size() + ",\"rootHash\":\"" + Hex.of(head.root()) + "\",\"timestamp\":"
                    + head.timestampMillis() + ",\"keyId\":\"" + keyId + "\",\"signature\":\"" + Hex.of(signer.sign()) + "\"}");
        }
    }

    private static byte[] bytes(int i) {
        return ("evidence file " + i).getBytes(StandardCharsets.UTF_8);
    }

    private String keys() {
        return "{\"keys\":[{\"keyId\":\"" + TreeHead.keyId(key.getPublic().getEncoded()) + "\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()) + "\"}]}";
    }

    private String heads() {
        return "{\"heads\":[" + String.join(",", headsJson) + "]}";
    }

    private String entries() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            String content = contents.get(i);
            out.add("{\"index\":" + i + ",\"content\":\"" + content.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\",\"leafHash\":\"" + Hex.of(Rfc6962.leafHash(content.getBytes(StandardCharsets.UTF_8))) + "\"}");
        }
        return "{\"entries\":[" + String.join(",", out) + "]}";
    }

    @Test
    void aWholeLogVerifies() throws Exception {
        log(40);
        Files.write(evidence.resolve("3-acta.pdf"), bytes(3));
        Files.write(evidence.resolve("foto.png"), bytes(9));

        Verifier.Result result = Verifier.verify(keys(), heads(), entries(), evidence);

        assertThat(result.failures()).isEmpty();
        assertThat(result.notes()).contains("40 of 40 signed heads verify with the published keys",
                "all 40 entries are included in the latest head (size 40)",
                "file 3-acta.pdf is the evidence of entry 3", "file foto.png is the evidence of entry [9]");
    }

    /** Changing a percent and recomputing the entry's leaf hash, as an insider would: the heads name the entry. */
    @Test
    void aRewrittenEntryIsNamed() throws Exception {
        log(40);
        contents.set(17, contents.get(17).replace("\"percent\":17", "\"percent\":90"));

        Verifier.Result result = Verifier.verify(keys(), heads(), entries(), null);

        assertThat(result.failures()).singleElement().asString().startsWith("entry 17: changed since it was logged");
    }

    @Test
    void evidenceBytesThatAreNotTheLoggedOnesAreNamed() throws Exception {
        log(10);
        Files.write(evidence.resolve("6-acta.pdf"), "another file".getBytes(StandardCharsets.UTF_8));

        Verifier.Result result = Verifier.verify(keys(), heads(), entries(), evidence);

        assertThat(result.failures()).singleElement().asString().startsWith("entry 6: the file 6-acta.pdf hashes to");
    }

    @Test
    void aForgedSignatureAndAMissingEntryAreNamed() throws Exception {
        log(10);
        headsJson.set(4, headsJson.get(4).replace("\"timestamp\":1764547200004", "\"timestamp\":1764547200999"));
        contents.remove(9);

        Verifier.Result result = Verifier.verify(keys(), heads(), entries(), null);

        assertThat(result.failures()).containsExactly("head of size 5: the signature does not verify",
                "head of size 10: the entries given end at 9");
    }
}
