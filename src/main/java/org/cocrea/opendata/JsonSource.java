package org.cocrea.opendata;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan in the JSON that Cocrea's download writes ({@link JsonSink}): one object with an
 * array per table, each row an object keyed by the dictionary's column names. Numbers are taken as
 * their text, arrays as lists of texts; the checks of types are the parser's ({@link PlanFileParser}).
 */
public final class JsonSource {

    private JsonSource() {
    }

    /** The file's tables; a file that is not a JSON object is one problem of the whole file. */
    public static SourceTables read(InputStream in) {
        SourceTables tables = new SourceTables();
        JsonObject root;
        try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                tables.problem(ImportProblem.at(Where.file(), "import.json.notObject"));
                return tables;
            }
            root = value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            tables.problem(ImportProblem.at(Where.file(), "import.json.invalid"));
            return tables;
        }
        for (String table : SourceTables.IMPORTED) {
            JsonValue array = root.get(table);
            if (array == null || array.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (array.getValueType() != JsonValue.ValueType.ARRAY) {
                tables.problem(ImportProblem.at(Where.table(Where.Kind.JSON, table), "import.json.notArray"));
                continue;
            }
            List<JsonValue> items = array.asJsonArray();
            for (int i = 0; i < items.size(); i++) {
                Where where = new Where(Where.Kind.JSON, table, i, null);
                if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    tables.problem(ImportProblem.at(where, "import.json.notObject"));
                } else if (!tables.add(table, new SourceRow(where, cells(items.get(i).asJsonObject())))) {
                    break;
                }
            }
        }
        if (tables.isEmpty() && tables.problems().isEmpty()) {
            tables.problem(ImportProblem.at(Where.file(), "import.empty"));
        }
        return tables;
    }

    private static Map<String, Object> cells(JsonObject row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        row.forEach((key, value) -> cells.put(key, cell(value)));
        return cells;
    }

    private static Object cell(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case ARRAY -> {
                List<String> items = new ArrayList<>();
                value.asJsonArray().forEach(item -> items.add(String.valueOf(cell(item))));
                yield items;
            }
            default -> value.toString();
        };
    }
}
