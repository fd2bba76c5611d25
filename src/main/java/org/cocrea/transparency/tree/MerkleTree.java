package org.cocrea.transparency.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A Merkle tree over leaf hashes, as RFC 6962 §2.1 defines it: the tree head MTH of any prefix,
 * the audit path of a leaf (§2.1.1) and the consistency proof between two sizes (§2.1.2).
 * Recursive and exact to the RFC's definitions, over the hashes of the tree's perfect subtrees
 * ({@link Subtree}). Built from the leaves, it hashes every perfect subtree once (n − 1 hashes,
 * about 64 bytes a leaf); built over stored subtrees ({@link #ofSubtrees}), a root or a proof reads
 * O(log n) of them — which ones, {@link #readByInclusionProof} and {@link #readByConsistencyProof} say.
 */
public final class MerkleTree {

    private static final int H = Rfc6962.HASH_LENGTH;

    private final long size;
    /** The hash of each perfect subtree the tree's proofs and roots need. */
    private final Function<Subtree, byte[]> subtrees;

    /** @param leafHashes the leaf hashes ({@link Rfc6962#leafHash}) in index order */
    public MerkleTree(List<byte[]> leafHashes) {
        int leaves = leafHashes.size();
        this.size = leaves;
        List<byte[]> built = new ArrayList<>();
        byte[] level = new byte[leaves * H];
        for (int i = 0; i < leaves; i++) {
            System.arraycopy(leafHashes.get(i), 0, level, i * H, H);
        }
        built.add(level);
        for (int count = leaves / 2; count > 0; count /= 2) {
            byte[] below = level;
            level = new byte[count * H];
            for (int i = 0; i < count; i++) {
                byte[] node = Rfc6962.nodeHash(slice(below, 2 * i), slice(below, 2 * i + 1));
                System.arraycopy(node, 0, level, i * H, H);
            }
            built.add(level);
        }
        byte[][] levels = built.toArray(new byte[0][]);
        this.subtrees = s -> slice(levels[s.level()], Math.toIntExact(s.index()));
    }

    private MerkleTree(long size, Function<Subtree, byte[]> subtrees) {
        this.size = size;
        this.subtrees = subtrees;
    }

    /**
     * The tree of {@code size} leaves over the hashes of its perfect subtrees (as the log stores them);
     * a subtree it needs and {@code subtrees} lacks (null) is an {@link IllegalStateException}.
     */
    public static MerkleTree ofSubtrees(long size, Function<Subtree, byte[]> subtrees) {
        return new MerkleTree(size, s -> {
            byte[] hash = subtrees.apply(s);
            if (hash == null) {
                throw new IllegalStateException("subtree " + s + " of a tree of " + size + " leaves is missing");
            }
            return hash;
        });
    }

    /** The perfect subtrees whose hashes {@code inclusionProof(index, size)} reads: O(log n). */
    public static Set<Subtree> readByInclusionProof(long index, long size) {
        Set<Subtree> read = new LinkedHashSet<>();
        new MerkleTree(size, recording(read)).inclusionProof(index, size);
        return read;
    }

    /** The perfect subtrees whose hashes {@code consistencyProof(first, second)} reads: O(log n). */
    public static Set<Subtree> readByConsistencyProof(long first, long second) {
        Set<Subtree> read = new LinkedHashSet<>();
        new MerkleTree(second, recording(read)).consistencyProof(first, second);
        return read;
    }

    /** Which subtrees a computation reads depends only on the sizes: any hash will do to find them. */
    private static Function<Subtree, byte[]> recording(Set<Subtree> read) {
        return s -> {
            read.add(s);
            return new byte[H];
        };
    }

    public long size() {
        return size;
    }

    /** The hash of a perfect subtree of this tree. */
    public byte[] hash(Subtree subtree) {
        return subtrees.apply(subtree);
    }

    public byte[] leaf(long index) {
        return subtrees.apply(new Subtree(0, index));
    }

    /** MTH(D[0:size]). */
    public byte[] root(long size) {
        checkSize(size);
        return size == 0 ? Rfc6962.emptyRoot() : hash(0, size);
    }

    public byte[] root() {
        return root(size());
    }

    /** PATH(index, D[0:size]): the audit path of leaf {@code index} in the tree of {@code size} leaves. */
    public List<byte[]> inclusionProof(long index, long size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(first, D[0:second]): the consistency proof from the tree of {@code first} leaves to that of {@code second}. */
    public List<byte[]> consistencyProof(long first, long second) {
        checkSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    /** MTH of leaves [from, to). */
    private byte[] hash(long from, long to) {
        long n = to - from;
        if (Long.bitCount(n) == 1 && from % n == 0) {
            return subtrees.apply(new Subtree(Long.numberOfTrailingZeros(n), from / n));
        }
        long k = Rfc6962.split(n);
        return Rfc6962.nodeHash(hash(from, from + k), hash(from + k, to));
    }

    private void path(long m, long from, long to, List<byte[]> out) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = Rfc6962.split(n);
        if (m < k) {
            path(m, from, from + k, out);
            out.add(hash(from + k, to));
        } else {
            path(m - k, from + k, to, out);
            out.add(hash(from, from + k));
        }
    }

    private void subproof(long m, long from, long to, boolean whole, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!whole) {
                out.add(hash(from, to));
            }
            return;
        }
        long k = Rfc6962.split(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, out);
            out.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, out);
            out.add(hash(from, from + k));
        }
    }

    private void checkSize(long requested) {
        if (requested < 0 || requested > size) {
            throw new IllegalArgumentException("the tree has " + size + " leaves, not " + requested);
        }
    }

    private static byte[] slice(byte[] level, int index) {
        return Arrays.copyOfRange(level, index * H, index * H + H);
    }
}
