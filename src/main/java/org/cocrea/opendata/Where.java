package org.cocrea.opendata;

import java.io.Serializable;

/**
 * Where in an imported file something stands: the table (a JSON array, an XLSX sheet, a CSV file),
 * the row as the person sees it (JSON: the array index from 0; XLSX and CSV: the spreadsheet line,
 * the headers being line 1) and the column, when it is about one. {@link Kind#FILE} is the file as a
 * whole, row -1 a whole table.
 */
public record Where(Kind kind, String table, int row, String column) implements Serializable {

    /** How the file counts its rows, so that the message names them as the person sees them. */
    public enum Kind {
        /** The file as a whole. */
        FILE,
        /** {@code commitments[3]}. */
        JSON,
        /** Sheet {@code commitments}, row 5. */
        SHEET,
        /** File {@code commitments.csv}, line 5. */
        CSV
    }

    /** The file as a whole. */
    public static Where file() {
        return new Where(Kind.FILE, null, 0, null);
    }

    /** The whole of a table (a missing column, a sheet too long): row -1. */
    public static Where table(Kind kind, String table) {
        return new Where(kind, table, -1, null);
    }

    /** Whether this is a whole table rather than one of its rows. */
    public boolean isWholeTable() {
        return row < 0;
    }

    /** The same place, about one column. */
    public Where column(String name) {
        return new Where(kind, table, row, name);
    }
}
