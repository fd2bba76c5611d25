package org.cocrea.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON Schema (draft 2020-12) of the JSON download, made from the {@link DataDictionary}: one
 * array per table, each item an object with exactly the dictionary's columns, typed as
 * {@link JsonSink} writes them (optional columns may be {@code null}); English descriptions, the
 * Spanish ones under {@code x-description-es}.
 */
public final class OpenDataSchema {

    private OpenDataSchema() {
    }

    /** The schema, with {@code id} (its own address) as {@code $id}. */
    public static JsonObject of(String id) {
        JsonObjectBuilder properties = Json.createObjectBuilder()
                .add("$schema", Json.createObjectBuilder().add("type", "string").add("format", "uri"))
                .add("licence", Json.createObjectBuilder().add("type", "string").add("description", "Licence of the data, e.g. CC BY 4.0."))
                .add("licenceUrl", Json.createObjectBuilder().add("type", "string").add("format", "uri"))
                .add("generatedAt", Json.createObjectBuilder().add("type", "string").add("format", "date-time"))
                .add("scope", Json.createObjectBuilder().add("type", "string").add("pattern", "^(all|(state|plan|commitment)-[0-9]+)$"))
                .add("source", Json.createObjectBuilder().add("type", "string").add("format", "uri"));
        JsonArrayBuilder required = Json.createArrayBuilder().add("licence").add("generatedAt").add("scope");
        for (DataDictionary.Table table : DataDictionary.get().tables()) {
            properties.add(table.name(), Json.createObjectBuilder()
                    .add("type", "array")
                    .add("description", table.en())
                    .add("x-description-es", table.es())
                    .add("items", item(table)));
            required.add(table.name());
        }
        return Json.createObjectBuilder()
                .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                .add("$id", id)
                .add("title", "Cocrea open data")
                .add("type", "object")
                .add("properties", properties)
                .add("required", required)
                .build();
    }

    private static JsonObjectBuilder item(DataDictionary.Table table) {
        JsonObjectBuilder properties = Json.createObjectBuilder();
        JsonArrayBuilder required = Json.createArrayBuilder();
        for (DataDictionary.Column column : table.columns()) {
            properties.add(column.name(), column(column));
            required.add(column.name());
        }
        return Json.createObjectBuilder().add("type", "object").add("properties", properties)
                .add("required", required).add("additionalProperties", false);
    }

    private static JsonObjectBuilder column(DataDictionary.Column column) {
        JsonObjectBuilder schema = Json.createObjectBuilder();
        String type = switch (column.type()) {
            case INTEGER -> "integer";
            case DECIMAL -> "number";
            case LIST -> "array";
            default -> "string";
        };
        schema.add("type", column.optional() ? Json.createArrayBuilder().add(type).add("null").build() : Json.createValue(type));
        switch (column.type()) {
            case DATE -> schema.add("format", "date");
            case DATETIME -> schema.add("format", "date-time");
            case URL -> schema.add("format", "uri");
            case ENUM -> schema.add("enum", values(column, column.optional()));
            case LIST -> {
                JsonObjectBuilder items = Json.createObjectBuilder().add("type", "string");
                if (!column.values().isEmpty()) {
                    items.add("enum", values(column, false));
                }
                schema.add("items", items);
            }
            default -> { }
        }
        return schema.add("description", column.en()).add("x-description-es", column.es());
    }

    private static JsonArrayBuilder values(DataDictionary.Column column, boolean orNull) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        column.values().forEach(values::add);
        if (orNull) {
            values.addNull();
        }
        return values;
    }
}
