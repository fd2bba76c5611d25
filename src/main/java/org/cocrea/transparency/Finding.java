package org.cocrea.transparency;

/**
 * Something the self-audit found wrong, naming the entry (leaf index) it concerns: {@code code}
 * is one of {@code leaf-hash} (an entry's stored leaf hash is not its content's), {@code root}
 * (a signed head's root does not recompute: the entry named is the first that changed since the
 * last head that held), {@code signature}, {@code unknown-key}, {@code gap} (a missing index),
 * {@code size} (the log's size is not its entries'), {@code bytes} (an evidence file's bytes are
 * not the logged SHA-256), {@code missing-bytes}, {@code record} (the record itself, e.g. a report's
 * row, no longer reads as its entry logged it). Shown by the status page from the bundles
 * ({@code transparency.finding.<code>}).
 */
public record Finding(String code, long entry, String detail) {

    static Finding parse(String line) {
        String[] parts = line.split("\\|", 3);
        return new Finding(parts[0], Long.parseLong(parts[1]), parts.length > 2 ? parts[2] : "");
    }

    String line() {
        return code + "|" + entry + "|" + detail.replace('\n', ' ');
    }
}
