package org.cocrea.opendata;

/** The formats of a download: CSV (a ZIP with one file per table), XLSX (one sheet per table), JSON. */
public enum Format {
    CSV("application/zip", "csv.zip"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a request names ({@code csv}, {@code xlsx}, {@code json}, any case); null for anything else. */
    public static Format named(String name) {
        for (Format format : values()) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return format;
            }
        }
        return null;
    }
}
