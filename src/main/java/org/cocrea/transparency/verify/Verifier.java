package org.cocrea.transparency.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cocrea.transparency.tree.CompactRange;
import org.cocrea.transparency.tree.Hex;
import org.cocrea.transparency.tree.MerkleTree;
import org.cocrea.transparency.tree.Proofs;
import org.cocrea.transparency.tree.Rfc6962;
import org.cocrea.transparency.tree.TreeHead;

/**
 * The offline verifier of Cocrea's transparency log (docs/transparency.md), one small jar that
 * needs only a JDK 17:
 *
 * <pre>
 * java -jar cocrea-verifier.jar --url https://cocrea.example/api/v1/transparency [--save DIR] [--evidence DIR]
 * java -jar cocrea-verifier.jar --dir DIR [--evidence DIR]
 * </pre>
 *
 * With {@code --url} it downloads the public keys, every signed head and every entry (and
 * {@code --save} keeps them as {@code keys.json}, {@code heads.json}, {@code entries.json}, the
 * form {@code --dir} reads). It checks every head's Ed25519 signature, that the entries' indexes
 * are dense, that each entry's leaf hash is its content's, that every head's root recomputes from
 * the entries (so every head is consistent with every other), the inclusion of every entry in the
 * latest head, and with {@code --url} the server's own consistency and inclusion proofs. With
 * {@code --evidence} it hashes each file of the folder and compares it with its logged SHA-256: a
 * file named {@code <index>-…} (e.g. {@code 17-acta.pdf}) against entry 17, any other against
 * every evidence entry. It prints one line per failure, naming the entry, and exits 1 if any.
 */
public final class Verifier {

    private static final Pattern INDEXED = Pattern.compile("^(\\d+)[-._].*|^(\\d+)$");

    /** What the verifier found: failures name the entry or head; notes say what held. */
    public record Result(List<String> failures, List<String> notes) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    private final List<String> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Verifier() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0 || (options.containsKey("--url") == options.containsKey("--dir"))) {
            System.err.println("usage: java -jar cocrea-verifier.jar (--url BASE | --dir DIR) [--save DIR] [--evidence DIR]");
            System.exit(2);
        }
        Path evidence = options.containsKey("--evidence") ? Path.of(options.get("--evidence")) : null;
        Result result;
        if (options.containsKey("--url")) {
            Path save = options.containsKey("--save") ? Path.of(options.get("--save")) : null;
            result = verifyUrl(options.get("--url"), save, evidence);
        } else {
            Path dir = Path.of(options.get("--dir"));
            result = verify(read(dir.resolve("keys.json")), read(dir.resolve("heads.json")), read(dir.resolve("entries.json")), evidence);
        }
        result.notes().forEach(n -> System.out.println("OK   " + n));
        result.failures().forEach(f -> System.out.println("FAIL " + f));
        System.out.println(result.ok() ? "The log verifies." : result.failures().size() + " failure(s).");
        System.exit(result.ok() ? 0 : 1);
    }

    /** Downloads everything from the endpoints under {@code base} and verifies it, and the server's own proofs. */
    public static Result verifyUrl(String base, Path save, Path evidenceDir) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String keys = get(http, root + "/keys");
        String heads = "{\"heads\":" + all(http, root + "/heads", "heads") + "}";
        String entries = "{\"entries\":" + all(http, root + "/entries", "entries") + "}";
        if (save != null) {
            Files.createDirectories(save);
            Files.writeString(save.resolve("keys.json"), keys);
            Files.writeString(save.resolve("heads.json"), heads);
            Files.writeString(save.resolve("entries.json"), entries);
        }
        Verifier verifier = new Verifier();
        List<Map<String, Object>> headList = list(Json.object(heads), "heads");
        verifier.check(Json.object(keys), headList, list(Json.object(entries), "entries"), evidenceDir);
        verifier.checkServerProofs(http, root, headList);
        return new Result(verifier.failures, verifier.notes);
    }

    /** Verifies the answers of the keys, heads and entries endpoints (each one object: {@code {"keys":[…]}}, {@code {"heads":[…]}}, {@code {"entries":[…]}}). */
    public static Result verify(String keysJson, String headsJson, String entriesJson, Path evidenceDir) throws IOException {
        Verifier verifier = new Verifier();
        verifier.check(Json.object(keysJson), list(Json.object(headsJson), "heads"), list(Json.object(entriesJson), "entries"), evidenceDir);
        return new Result(verifier.failures, verifier.notes);
    }

    private void check(Map<String, Object> keysObject, List<Map<String, Object>> heads, List<Map<String, Object>> entries,
            Path evidenceDir) throws IOException {
        Map<String, byte[]> keys = new HashMap<>();
        for (Map<String, Object> key : list(keysObject, "keys")) {
            keys.put((String) key.get("keyId"), Base64.getDecoder().decode((String) key.get("publicKey")));
        }
        heads.sort(java.util.Comparator.comparingLong(h -> number(h, "treeSize")));

        int signed = 0;
        for (Map<String, Object> head : heads) {
            TreeHead th = treeHead(head);
            byte[] key = keys.get(th.keyId());
            if (key == null) {
                failures.add("head of size " + th.size() + ": signed by key " + th.keyId() + ", which is not published");
            } else if (!TreeHead.keyId(key).equals(th.keyId())) {
                failures.add("key " + th.keyId() + ": its id is not the hash of the published key");
            } else if (!th.verify(key, Hex.parse((String) head.get("signature")))) {
                failures.add("head of size " + th.size() + ": the signature does not verify");
            } else {
                signed++;
            }
        }
        notes.add(signed + " of " + heads.size() + " signed heads verify with the published keys");

        CompactRange range = CompactRange.empty();
        List<byte[]> leaves = new ArrayList<>();
        Map<Long, Map<String, Object>> contents = new HashMap<>();
        int nextHead = 0;
        long heldUpTo = 0;
        boolean broken = false;
        int recomputed = 0;
        for (Map<String, Object> entry : entries) {
            long index = number(entry, "index");
            if (index != range.size()) {
                failures.add("entry " + range.size() + ": missing (the next entry given is " + index + ")");
                break;
            }
            String content = (String) entry.get("content");
            byte[] leaf = Rfc6962.leafHash(content.getBytes(StandardCharsets.UTF_8));
            if (!Hex.of(leaf).equals(entry.get("leafHash"))) {
                failures.add("entry " + index + ": its leaf hash " + entry.get("leafHash") + " is not its content's (" + Hex.of(leaf) + ")");
            }
            contents.put(index, Json.object(content));
            leaves.add(leaf);
            range.append(leaf);
            for (; nextHead < heads.size() && number(heads.get(nextHead), "treeSize") <= range.size(); nextHead++) {
                TreeHead th = treeHead(heads.get(nextHead));
                if (th.size() != range.size()) {
                    continue;
                }
                if (MessageDigest.isEqual(range.root(), th.root())) {
                    heldUpTo = th.size();
                    recomputed++;
                } else if (!broken) {
                    broken = true;
                    failures.add((th.size() - heldUpTo == 1 ? "entry " + heldUpTo : "entries " + heldUpTo + "–" + (th.size() - 1))
                            + ": changed since it was logged — the signed head of size " + th.size()
                            + " does not recompute from the entries (nor, therefore, does any later head)");
                }
            }
        }
        for (; nextHead < heads.size(); nextHead++) {
            failures.add("head of size " + number(heads.get(nextHead), "treeSize") + ": the entries given end at " + range.size());
        }
        notes.add(recomputed + " heads recompute from the " + range.size() + " entries, so each is consistent with the others");

        if (!heads.isEmpty() && !leaves.isEmpty()) {
            TreeHead latest = treeHead(heads.get(heads.size() - 1));
            if (latest.size() <= leaves.size()) {
                MerkleTree tree = new MerkleTree(leaves);
                int included = 0;
                for (int i = 0; i < latest.size(); i++) {
                    if (Proofs.verifyInclusion(i, latest.size(), leaves.get(i), tree.inclusionProof(i, latest.size()), latest.root())) {
                        included++;
                    }
                }
                if (included == latest.size()) {
                    notes.add("all " + included + " entries are included in the latest head (size " + latest.size() + ")");
                }
            }
        }
        if (evidenceDir != null) {
            checkEvidence(evidenceDir, contents);
        }
    }

    private void checkEvidence(Path dir, Map<Long, Map<String, Object>> contents) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String sha = Hex.of(Rfc6962.sha256(Files.readAllBytes(file)));
            Matcher indexed = INDEXED.matcher(file.getFileName().toString());
            if (indexed.matches()) {
                long index = Long.parseLong(indexed.group(1) != null ? indexed.group(1) : indexed.group(2));
                Map<String, Object> content = contents.get(index);
                if (content == null || !"evidence".equals(content.get("kind"))) {
                    failures.add("file " + file.getFileName() + ": entry " + index + " is not an evidence entry");
                } else if (!sha.equals(content.get("sha256"))) {
                    failures.add("entry " + index + ": the file " + file.getFileName() + " hashes to " + sha
                            + ", the log says " + content.get("sha256"));
                } else {
                    notes.add("file " + file.getFileName() + " is the evidence of entry " + index);
                }
            } else {
                List<Long> matching = contents.entrySet().stream()
                        .filter(e -> "evidence".equals(e.getValue().get("kind")) && sha.equals(e.getValue().get("sha256")))
                        .map(Map.Entry::getKey).sorted().toList();
                if (matching.isEmpty()) {
                    failures.add("file " + file.getFileName() + ": its SHA-256 " + sha + " is in no evidence entry");
                } else {
                    notes.add("file " + file.getFileName() + " is the evidence of entry " + matching);
                }
            }
        }
    }

    /** The server's consistency proof from the first head to the latest, and its inclusion proof of the latest entry. */
    private void checkServerProofs(HttpClient http, String root, List<Map<String, Object>> heads) throws IOException, InterruptedException {
        if (heads.size() < 2) {
            return;
        }
        TreeHead first = treeHead(heads.get(0));
        TreeHead last = treeHead(heads.get(heads.size() - 1));
        Map<String, Object> consistency = Json.object(get(http, root + "/consistency?first=" + first.size() + "&second=" + last.size()));
        if (Proofs.verifyConsistency(first.size(), last.size(), first.root(), last.root(), hashes(consistency, "proof"))) {
            notes.add("the server proves the head of size " + last.size() + " consistent with that of size " + first.size());
        } else {
            failures.add("head of size " + last.size() + ": the server's consistency proof from size " + first.size() + " does not verify");
        }
        long index = last.size() - 1;
        Map<String, Object> entry = Json.object(get(http, root + "/entries/" + index + "?treeSize=" + last.size()));
        byte[] leaf = Rfc6962.leafHash(((String) entry.get("content")).getBytes(StandardCharsets.UTF_8));
        if (Proofs.verifyInclusion(index, last.size(), leaf, hashes(entry, "inclusionProof"), last.root())) {
            notes.add("the server proves entry " + index + " included in the head of size " + last.size());
        } else {
            failures.add("entry " + index + ": the server's inclusion proof does not verify");
        }
    }

    private static TreeHead treeHead(Map<String, Object> head) {
        return new TreeHead(number(head, "treeSize"), Hex.parse((String) head.get("rootHash")), number(head, "timestamp"),
                (String) head.get("keyId"));
    }

    private static List<byte[]> hashes(Map<String, Object> object, String key) {
        List<byte[]> out = new ArrayList<>();
        for (Object hash : (List<?>) object.get(key)) {
            out.add(Hex.parse((String) hash));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("no \"" + key + "\" array");
        }
        return new ArrayList<>((List<Map<String, Object>>) value);
    }

    private static long number(Map<String, Object> object, String key) {
        return ((Number) object.get(key)).longValue();
    }

    /** Every page of a paged endpoint, as one JSON array's text. */
    private static String all(HttpClient http, String url, String key) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder("[");
        long from = 0;
        while (true) {
            String text = get(http, url + "?limit=1000&from=" + from);
            Map<String, Object> page = Json.object(text);
            List<?> items = (List<?>) page.get(key);
            if (items.isEmpty()) {
                break;
            }
            // the page is {"<key>":[…],"next":n}: its array's text is kept as the server wrote it
            String inner = text.substring(text.indexOf('[') + 1, text.lastIndexOf(']'));
            array.append(array.length() > 1 ? "," : "").append(inner);
            from = number(page, "next");
        }
        return array.append(']').toString();
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
