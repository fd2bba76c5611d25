package org.cocrea.opendata;

import java.time.Instant;

/**
 * What every download says of itself: the licence (name and address), when it was generated,
 * what it covers, where it comes from and where its JSON Schema lives.
 */
public record About(String licence, String licenceUrl, Instant generatedAt, Scope scope, String source, String schemaUrl) {

    /** The same lines in every format that has room for text (the CSV ZIP's README, the XLSX's first sheet). */
    java.util.List<String[]> lines() {
        return java.util.List.of(
                new String[] {"licence", licence},
                new String[] {"licenceUrl", licenceUrl},
                new String[] {"generatedAt", generatedAt.toString()},
                new String[] {"scope", scope.slug()},
                new String[] {"source", source},
                new String[] {"schema", schemaUrl});
    }
}
