package org.cocrea.transparency.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tree against the published RFC 6962 test vectors, and every proof of every tree up to 300
 * leaves. The vectors (the eight leaves, the roots of sizes 0–8, the inclusion proofs of leaves
 * 1 and 6 of 8, 3 of 3 and 2 of 5 — one-based there —, the consistency proofs 1→8, 6→8, 2→5 and
 * 6→7) are those of the Certificate Transparency reference implementations, as published in
 * transparency-dev/merkle, {@code proof/verify_test.go} (the same as certificate-transparency-go's
 * {@code merkle/merkle_verifier_test.go}); copied as data.
 */
class MerkleTreeTest {

    private static final List<byte[]> VECTOR_LEAVES = hexes("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");

    private static final List<String> VECTOR_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static MerkleTree vectorTree() {
        return new MerkleTree(VECTOR_LEAVES.stream().map(Rfc6962::leafHash).toList());
    }

    @Test
    void rootsOfEverySizeAreThePublishedOnes() {
        MerkleTree tree = vectorTree();
        for (int size = 0; size <= 8; size++) {
            assertThat(Hex.of(tree.root(size))).as("root of %d", size).isEqualTo(VECTOR_ROOTS.get(size));
        }
    }

    @Test
    void inclusionProofsAreThePublishedOnes() {
        inclusion(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        inclusion(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        inclusion(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        inclusion(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        inclusion(0, 1);
    }

    private void inclusion(int index, int size, String... expected) {
        MerkleTree tree = vectorTree();
        List<byte[]> path = tree.inclusionProof(index, size);
        assertThat(path.stream().map(Hex::of).toList()).as("path of %d in %d", index, size).containsExactly(expected);
        assertThat(Proofs.verifyInclusion(index, size, tree.leaf(index), path, Hex.parse(VECTOR_ROOTS.get(size)))).isTrue();
    }

    @Test
    void consistencyProofsAreThePublishedOnes() {
        consistency(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        consistency(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        consistency(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        consistency(6, 7, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        consistency(1, 1);
    }

    private void consistency(int first, int second, String... expected) {
        List<byte[]> proof = vectorTree().consistencyProof(first, second);
        assertThat(proof.stream().map(Hex::of).toList()).as("proof %d→%d", first, second).containsExactly(expected);
        assertThat(Proofs.verifyConsistency(first, second, Hex.parse(VECTOR_ROOTS.get(first)),
                Hex.parse(VECTOR_ROOTS.get(second)), proof)).isTrue();
    }

    /** Every leaf of every tree of 1–300 leaves: its proof verifies; the wrong index, size, leaf, root or a flipped bit do not. */
    @Test
    void everyInclusionProofUpTo300Verifies() {
        MerkleTree tree = numbered(300);
        for (int size = 1; size <= 300; size++) {
            byte[] root = tree.root(size);
            assertThat(root).as("root of %d", size).isEqualTo(naiveRoot(tree, 0, size));
            for (int i = 0; i < size; i++) {
                List<byte[]> path = tree.inclusionProof(i, size);
                byte[] leaf = tree.leaf(i);
                assertThat(Proofs.verifyInclusion(i, size, leaf, path, root)).as("%d of %d", i, size).isTrue();
                if (size > 1) {
                    int other = (i + 1) % size;
                    assertThat(Proofs.verifyInclusion(other, size, leaf, path, root)).as("%d as %d of %d", i, other, size).isFalse();
                    assertThat(Proofs.verifyInclusion(i, size, tree.leaf(other), path, root)).isFalse();
                    assertThat(Proofs.verifyInclusion(i, size, leaf, flipped(path, i % path.size()), root)).isFalse();
                }
                assertThat(Proofs.verifyInclusion(i, size * 2, leaf, path, root)).as("%d of %d as of twice the size", i, size)
                        .isFalse();
                assertThat(Proofs.verifyInclusion(i, size, leaf, path, tree.root(size - 1 == 0 ? 0 : size - 1)))
                        .isFalse();
            }
        }
    }

    /** Every pair of sizes 1 ≤ m ≤ n ≤ 300: the proof verifies; a flipped bit, a dropped hash or swapped roots do not. */
    @Test
    void everyConsistencyProofUpTo300Verifies() {
        MerkleTree tree = numbered(300);
        for (int second = 1; second <= 300; second++) {
            byte[] secondRoot = tree.root(second);
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = tree.root(first);
                List<byte[]> proof = tree.consistencyProof(first, second);
                assertThat(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, proof))
                        .as("%d→%d", first, second).isTrue();
                if (first < second) {
                    assertThat(Proofs.verifyConsistency(first, second, secondRoot, firstRoot, proof)).isFalse();
                    assertThat(Proofs.verifyConsistency(first, second, firstRoot, secondRoot,
                            flipped(proof, first % proof.size()))).isFalse();
                    assertThat(Proofs.verifyConsistency(first, second, firstRoot, secondRoot,
                            proof.subList(0, proof.size() - 1))).isFalse();
                    if (first + 1 < second) {
                        assertThat(Proofs.verifyConsistency(first + 1, second, firstRoot, secondRoot, proof)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theCompactRangeGivesTheTreesRootAtEverySize() {
        MerkleTree tree = numbered(300);
        CompactRange range = CompactRange.empty();
        assertThat(range.root()).isEqualTo(Rfc6962.emptyRoot());
        for (int size = 1; size <= 300; size++) {
            range.append(tree.leaf(size - 1));
            CompactRange reread = CompactRange.of(range.size(), range.peakBytes());
            assertThat(reread.root()).as("root of %d", size).isEqualTo(tree.root(size));
        }
    }

    /**
     * The subtrees a growing log stores (what each append completes) give every inclusion and consistency
     * proof up to 300 leaves, identical to the proofs from all the leaves, each reading at most 2·⌈log₂ n⌉ + 1 of
     * them; and the subtrees an append completes are exactly the tree's perfect subtrees, each once.
     */
    @Test
    void proofsOverTheStoredSubtreesAreTheSameAndReadLogarithmicallyFew() {
        MerkleTree tree = numbered(300);
        Map<Subtree, byte[]> stored = new HashMap<>();
        CompactRange range = CompactRange.empty();
        for (int size = 1; size <= 300; size++) {
            Map<Subtree, byte[]> completed = range.append(tree.leaf(size - 1));
            assertThat(completed.keySet()).noneMatch(stored::containsKey);
            stored.putAll(completed);
            MerkleTree over = MerkleTree.ofSubtrees(size, stored::get);
            int bound = 2 * (64 - Long.numberOfLeadingZeros(size - 1)) + 1;
            for (int i = 0; i < size; i++) {
                assertThat(over.inclusionProof(i, size)).as("%d of %d", i, size).containsExactlyElementsOf(tree.inclusionProof(i, size));
                assertThat(MerkleTree.readByInclusionProof(i, size)).as("read by %d of %d", i, size).hasSizeLessThanOrEqualTo(bound);
            }
            for (int first = 1; first <= size; first++) {
                assertThat(over.consistencyProof(first, size)).as("%d→%d", first, size)
                        .containsExactlyElementsOf(tree.consistencyProof(first, size));
                assertThat(MerkleTree.readByConsistencyProof(first, size)).as("read by %d→%d", first, size).hasSizeLessThanOrEqualTo(bound);
            }
        }
        assertThat(stored).hasSize(300 + 150 + 75 + 37 + 18 + 9 + 4 + 2 + 1); // ⌊300 / 2^l⌋ complete subtrees at each level l
        assertThat(Subtree.ofKey(new Subtree(7, 12345).key())).isEqualTo(new Subtree(7, 12345));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesOnlyWhatJsonMust() {
        var fields = new java.util.LinkedHashMap<String, Object>();
        fields.put("type", "report");
        fields.put("percent", 40);
        fields.put("author", "Colectivo \"Agua\" \\ Sonora\nñ");
        fields.put("link", null);
        assertThat(CanonicalJson.encode(fields))
                .isEqualTo("{\"author\":\"Colectivo \\\"Agua\\\" \\\\ Sonora\\u000añ\",\"percent\":40,\"type\":\"report\"}");
    }

    @Test
    void aSignedHeadVerifiesAndAnyChangeDoesNot() throws Exception {
        var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] publicKey = pair.getPublic().getEncoded();
        TreeHead head = new TreeHead(5, vectorTree().root(5), 1_764_547_200_000L, TreeHead.keyId(publicKey));
        var signer = java.security.Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(head.message());
        byte[] signature = signer.sign();

        assertThat(head.verify(publicKey, signature)).isTrue();
        assertThat(new TreeHead(6, head.root(), head.timestampMillis(), head.keyId()).verify(publicKey, signature)).isFalse();
        assertThat(new TreeHead(5, vectorTree().root(4), head.timestampMillis(), head.keyId()).verify(publicKey, signature)).isFalse();
        assertThat(new TreeHead(5, head.root(), head.timestampMillis() + 1, head.keyId()).verify(publicKey, signature)).isFalse();
        byte[] otherKey = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        assertThat(head.verify(otherKey, signature)).isFalse();
        assertThat(TreeHead.keyId(publicKey)).hasSize(16).isNotEqualTo(TreeHead.keyId(otherKey));
    }

    private static MerkleTree numbered(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(Rfc6962.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return new MerkleTree(leaves);
    }

    /** RFC 6962's MTH written out as plainly as the RFC states it, to check the tree's cached levels against. */
    private static byte[] naiveRoot(MerkleTree tree, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return tree.leaf(from);
        }
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return Rfc6962.nodeHash(naiveRoot(tree, from, from + k), naiveRoot(tree, from + k, to));
    }

    private static List<byte[]> flipped(List<byte[]> proof, int index) {
        List<byte[]> copy = new ArrayList<>(proof);
        byte[] changed = Arrays.copyOf(copy.get(index), Rfc6962.HASH_LENGTH);
        changed[0] ^= 8;
        copy.set(index, changed);
        return copy;
    }

    private static List<byte[]> hexes(String... values) {
        return Arrays.stream(values).map(Hex::parse).toList();
    }
}
