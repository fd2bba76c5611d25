package org.cocrea.opendata;

/** What a column of the open data holds; how each format writes it is decided once, by this type. */
public enum ColumnType {
    /** A whole number. */
    INTEGER,
    /** A decimal number (money, weights), with a dot. */
    DECIMAL,
    TEXT,
    /** An ISO date, YYYY-MM-DD. */
    DATE,
    /** An ISO instant in UTC. */
    DATETIME,
    /** One of the column's allowed values. */
    ENUM,
    /** Several texts (or allowed values): an array in JSON, separated by " | " in CSV and XLSX. */
    LIST,
    /** An absolute http(s) address. */
    URL;

    /** The name the dictionary file and the documentation use. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
