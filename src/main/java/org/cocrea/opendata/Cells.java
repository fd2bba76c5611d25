package org.cocrea.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How a value of a column reads as the text of a CSV or XLSX cell: once, for both. */
final class Cells {

    /** Between the items of a list column. */
    static final String LIST_SEPARATOR = " | ";

    private Cells() {
    }

    /** Empty for null; enums by name, dates and instants ISO 8601, decimals without exponent, lists joined. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Cells::text).collect(Collectors.joining(LIST_SEPARATOR));
        }
        return value.toString();
    }

    /** A value as JSON: integers and decimals numbers, lists arrays of texts, null {@code null}, anything else text. */
    static JsonValue json(ColumnType type, Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        return switch (type) {
            case LIST -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                ((List<?>) value).forEach(item -> array.add(text(item)));
                yield array.build();
            }
            case INTEGER -> Json.createValue(((Number) value).longValue());
            case DECIMAL -> Json.createValue((BigDecimal) value);
            default -> Json.createValue(text(value));
        };
    }

    /** A row as a JSON object keyed by its table's column names. */
    static JsonObject json(DataDictionary.Table table, List<Object> row) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < row.size(); i++) {
            DataDictionary.Column column = table.columns().get(i);
            object.add(column.name(), json(column.type(), row.get(i)));
        }
        return object.build();
    }

    /**
     * A text as a CSV cell that no spreadsheet takes for a formula: one starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's
     * advice against CSV injection). Numbers are written as numbers and never reach this.
     */
    static String neutralized(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** The text a spreadsheet cell held before {@link #neutralized}: its leading apostrophe dropped (the import). */
    static String unneutralized(String text) {
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** Whether a column's values are typed by people (and so need {@link #neutralized}). */
    static boolean typedByPeople(ColumnType type) {
        return type == ColumnType.TEXT || type == ColumnType.LIST || type == ColumnType.URL;
    }
}
