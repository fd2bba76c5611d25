package org.cocrea.shared;

import java.util.List;

/**
 * One page of a longer list, for the public pages that page by a GET parameter ({@code page}, from 1):
 * the items on it, how many there are in all, which page this is and how many rows a page holds.
 */
public record Paged<T>(List<T> items, long total, int page, int size) {

    /** The page a request asked for, from 1; anything below 1 is the first page. */
    public static int pageNumber(Integer requested) {
        return requested == null || requested < 1 ? 1 : requested;
    }

    /** The first row of {@code page} for a query's {@code setFirstResult}. */
    public static int firstRow(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /** How many pages the whole list makes; at least one, so that an empty list still reads "page 1 of 1". */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
