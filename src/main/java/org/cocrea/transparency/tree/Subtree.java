package org.cocrea.transparency.tree;

/**
 * A perfect subtree of the log's tree: the 2^{@code level} leaves from leaf {@code index}·2^{@code level}
 * (level 0: one leaf). Every such subtree, once complete, never changes; a proof or a root of any
 * size is made of O(log n) of them. {@link #key()} numbers them in one {@code long} for storage.
 */
public record Subtree(int level, long index) {

    private static final int LEVEL_BITS = 6;

    public Subtree {
        if (level < 0 || level >= 1 << LEVEL_BITS || index < 0 || index >= 1L << (63 - LEVEL_BITS)) {
            throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
        }
    }

    /** {@code index << 6 | level}: unique per subtree. */
    public long key() {
        return index << LEVEL_BITS | level;
    }

    public static Subtree ofKey(long key) {
        return new Subtree((int) (key & ((1 << LEVEL_BITS) - 1)), key >>> LEVEL_BITS);
    }
}
