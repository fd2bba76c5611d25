package org.cocrea.bench;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.transparency.tree.CanonicalJson;
import org.cocrea.transparency.tree.CompactRange;
import org.cocrea.transparency.tree.MerkleTree;
import org.cocrea.transparency.tree.Proofs;
import org.cocrea.transparency.tree.Rfc6962;
import org.cocrea.transparency.tree.Subtree;
import org.cocrea.transparency.tree.TreeHead;

/**
 * The transparency log's tree at a million entries, timed (a benchmark, not a test; figures in
 * docs/performance.md). After {@code mvn -B -o test-compile}:
 * <pre>java -cp target/classes:target/test-classes org.cocrea.bench.MerkleBenchmark [entries]</pre>
 */
public final class MerkleBenchmark {

    private MerkleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long t0 = System.nanoTime();
        List<byte[]> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String content = CanonicalJson.encode(java.util.Map.of("kind", "evidence", "evidence", i,
                    "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "size", 1000 + i));
            leaves.add(Rfc6962.leafHash(content.getBytes(StandardCharsets.UTF_8)));
        }
        long t1 = System.nanoTime();
        MerkleTree tree = new MerkleTree(leaves);
        byte[] root = tree.root();
        long t2 = System.nanoTime();

        Random random = new Random(16);
        int proofs = 10_000;
        long t3 = System.nanoTime();
        for (int p = 0; p < proofs; p++) {
            int index = random.nextInt(n);
            if (!Proofs.verifyInclusion(index, n, tree.leaf(index), tree.inclusionProof(index, n), root)) {
                throw new AssertionError("inclusion of " + index);
            }
        }
        long t4 = System.nanoTime();
        for (int p = 0; p < 1_000; p++) {
            int first = 1 + random.nextInt(n - 1);
            if (!Proofs.verifyConsistency(first, n, tree.root(first), root, tree.consistencyProof(first, n))) {
                throw new AssertionError("consistency from " + first);
            }
        }
        long t5 = System.nanoTime();

        // the server's way since V20: read only the stored subtrees a proof needs (rows of transparency_node), prove over them
        long rows = 0;
        int mostRows = 0;
        long t8 = System.nanoTime();
        for (int p = 0; p < proofs; p++) {
            int index = random.nextInt(n);
            java.util.Map<Subtree, byte[]> read = new java.util.HashMap<>();
            MerkleTree.readByInclusionProof(index, n).forEach(s -> read.put(s, tree.hash(s)));
            rows += read.size();
            mostRows = Math.max(mostRows, read.size());
            if (!Proofs.verifyInclusion(index, n, tree.leaf(index), MerkleTree.ofSubtrees(n, read::get).inclusionProof(index, n), root)) {
                throw new AssertionError("inclusion over stored subtrees of " + index);
            }
        }
        long t9 = System.nanoTime();
        long consistencyRows = 0;
        int mostConsistencyRows = 0;
        for (int p = 0; p < 1_000; p++) {
            int first = 1 + random.nextInt(n - 1);
            java.util.Map<Subtree, byte[]> read = new java.util.HashMap<>();
            MerkleTree.readByConsistencyProof(first, n).forEach(s -> read.put(s, tree.hash(s)));
            consistencyRows += read.size();
            mostConsistencyRows = Math.max(mostConsistencyRows, read.size());
            if (!Proofs.verifyConsistency(first, n, tree.root(first), root, MerkleTree.ofSubtrees(n, read::get).consistencyProof(first, n))) {
                throw new AssertionError("consistency over stored subtrees from " + first);
            }
        }

        CompactRange range = CompactRange.empty();
        var key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String keyId = TreeHead.keyId(key.getPublic().getEncoded());
        int signed = 10_000;
        long t6 = System.nanoTime();
        for (int i = 0; i < signed; i++) {
            range.append(leaves.get(i));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(new TreeHead(range.size(), range.root(), i, keyId).message());
            signer.sign();
        }
        long t7 = System.nanoTime();

        System.out.printf("entries                         %,d%n", n);
        System.out.printf("leaf hashes (canonical JSON)    %,.0f ms%n", (t1 - t0) / 1e6);
        System.out.printf("build tree + root               %,.0f ms%n", (t2 - t1) / 1e6);
        System.out.printf("inclusion proof + verification  %.1f µs each (%,d)%n", (t4 - t3) / 1e3 / proofs, proofs);
        System.out.printf("consistency proof + verification %.1f µs each (1,000)%n", (t5 - t4) / 1e3 / 1_000);
        System.out.printf("append + sign a head (O(log n)) %.1f µs each (%,d)%n", (t7 - t6) / 1e3 / signed, signed);
        System.out.printf("inclusion over stored subtrees  %.1f µs each; rows read: %.1f on average, %d at most (of %,d leaves)%n",
                (t9 - t8) / 1e3 / proofs, rows / (double) proofs, mostRows, n);
        System.out.printf("consistency over stored subtrees rows read: %.1f on average, %d at most%n",
                consistencyRows / 1_000.0, mostConsistencyRows);
    }
}
