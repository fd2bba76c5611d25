package org.cocrea.opendata;

import java.util.List;
import java.util.Map;

/**
 * One row of an imported table as a reader found it, before any type is checked: per column name,
 * a text, a list of texts (a JSON array), or null for an empty cell. The same for JSON, XLSX and CSV.
 */
public record SourceRow(Where where, Map<String, Object> cells) {

    /** The cell as text (a list joined as the downloads join it), or null when empty. */
    public String text(String column) {
        Object value = cells.get(column);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(Cells.LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The cell as a list: a JSON array as it is, a text split at the downloads' separator " | ". */
    public List<String> list(String column) {
        Object value = cells.get(column);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.toString().split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
