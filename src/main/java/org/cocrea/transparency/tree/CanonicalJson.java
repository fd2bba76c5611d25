package org.cocrea.transparency.tree;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical encoding of a log entry (docs/transparency.md): one JSON object, keys sorted by
 * their UTF-16 code units (the entries' keys are ASCII, so this is byte order too), no
 * whitespace, values only strings and integers, strings escaped only where JSON must
 * ({@code "} {@code \} and U+0000–U+001F, as {@code \"} {@code \\} and {@code \}{@code u00XX}),
 * every other character as itself in UTF-8. The leaf is these bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String encode(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, ?> field : new TreeMap<String, Object>(fields).entrySet()) {
            if (field.getValue() == null) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            string(field.getKey(), out);
            out.append(':');
            Object value = field.getValue();
            if (value instanceof Long || value instanceof Integer) {
                out.append(value);
            } else if (value instanceof String text) {
                string(text, out);
            } else {
                throw new IllegalArgumentException("a log entry holds strings and integers, not " + value.getClass().getSimpleName());
            }
        }
        return out.append('}').toString();
    }

    public static byte[] bytes(Map<String, ?> fields) {
        return encode(fields).getBytes(StandardCharsets.UTF_8);
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
