package org.cocrea.milestone;

/** How many activities of a milestone are done, of how many (issue 13): "1 de 3 actividades hechas". */
public record ActivityCount(long done, long total) {

    public static final ActivityCount NONE = new ActivityCount(0, 0);

    public long getDone() { return done; }
    public long getTotal() { return total; }
}
