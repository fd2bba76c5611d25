package org.cocrea.opendata;

/**
 * The limits of an imported file, in one place: what the upload, the readers and the parser refuse
 * before anything is read into memory or the database.
 */
public final class ImportLimits {

    /** The largest file accepted, in bytes (a national plan of 13 commitments and 90 milestones is well under 1 MB). */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The most rows a table of the file may have. */
    public static final int MAX_ROWS = 5_000;

    /** The longest text a cell may hold, in characters (the longest field of the template is 10,000). */
    public static final int MAX_CELL = 10_000;

    /** Uncompressed bytes an XLSX may expand to, and the least compressed/uncompressed ratio of any part (zip bombs). */
    public static final long MAX_EXPANDED_BYTES = 50L * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01;

    private ImportLimits() {
    }
}
