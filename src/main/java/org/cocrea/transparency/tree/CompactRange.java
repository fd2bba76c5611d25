package org.cocrea.transparency.tree;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The right edge of a growing tree: the roots of the perfect subtrees that the binary form of the
 * size cuts the leaves into, largest (leftmost) first. Appending a leaf and computing the root take
 * O(log n) hashes, so the log need not read every leaf to sign a new head.
 */
public final class CompactRange {

    private long size;
    private final List<byte[]> peaks;

    private CompactRange(long size, List<byte[]> peaks) {
        if (Long.bitCount(size) != peaks.size()) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size) + " peaks, not " + peaks.size());
        }
        this.size = size;
        this.peaks = peaks;
    }

    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /** A range from its size and its peaks as {@link #peakBytes()} wrote them. */
    public static CompactRange of(long size, byte[] peakBytes) {
        List<byte[]> peaks = new ArrayList<>();
        for (int i = 0; peakBytes != null && i < peakBytes.length; i += Rfc6962.HASH_LENGTH) {
            peaks.add(java.util.Arrays.copyOfRange(peakBytes, i, i + Rfc6962.HASH_LENGTH));
        }
        return new CompactRange(size, peaks);
    }

    /**
     * Appends a leaf; answers the perfect subtrees it completed, the leaf itself first (level 0), then
     * each subtree it closed, level by level: what the log stores so that proofs read O(log n) of them.
     */
    public Map<Subtree, byte[]> append(byte[] leafHash) {
        Map<Subtree, byte[]> completed = new LinkedHashMap<>();
        long leaf = size;
        byte[] hash = leafHash;
        completed.put(new Subtree(0, leaf), hash);
        int level = 0;
        for (long s = size; (s & 1) == 1; s >>= 1) {
            hash = Rfc6962.nodeHash(peaks.remove(peaks.size() - 1), hash);
            level++;
            completed.put(new Subtree(level, leaf >> level), hash);
        }
        peaks.add(hash);
        size++;
        return completed;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves appended so far. */
    public byte[] root() {
        if (peaks.isEmpty()) {
            return Rfc6962.emptyRoot();
        }
        byte[] root = peaks.get(peaks.size() - 1);
        for (int i = peaks.size() - 2; i >= 0; i--) {
            root = Rfc6962.nodeHash(peaks.get(i), root);
        }
        return root;
    }

    public byte[] peakBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        peaks.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
