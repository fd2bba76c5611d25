package org.cocrea.opendata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data dictionary of the open data, read from its one definition,
 * {@code org/cocrea/opendata/dictionary.json}: every table, every column in order, its type, its
 * allowed values and its meaning in Spanish and English. The CSV and XLSX headers, the JSON keys,
 * the JSON Schema, the public page and {@code docs/open-data.md} all come from it.
 */
public final class DataDictionary {

    static final String RESOURCE = "/org/cocrea/opendata/dictionary.json";

    private static final DataDictionary INSTANCE = read();

    /**
     * One column: name (header and JSON key), type, allowed values (empty: any), optional, meaning es/en;
     * {@code exportOnly}: written by the downloads, never read by the import (an id Cocrea gives, a
     * computed figure), so not in the import template ({@link ImportTemplate}).
     */
    public record Column(String name, ColumnType type, List<String> values, boolean optional, boolean template,
                         String es, String en, boolean exportOnly) {

        public String meaning(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : es;
        }

        /** The allowed values joined for people ("A, B, C"), empty when any value goes. */
        public String valuesText() {
            return String.join(", ", values);
        }
    }

    /** One table: a CSV file, an XLSX sheet, a JSON array. */
    public record Table(String name, String es, String en, List<Column> columns) {

        public String meaning(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : es;
        }

        public List<String> headers() {
            return columns.stream().map(Column::name).toList();
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    private final List<Table> tables;

    private DataDictionary(List<Table> tables) {
        this.tables = tables;
    }

    /** The dictionary (read once from the class path). */
    public static DataDictionary get() {
        return INSTANCE;
    }

    public List<Table> tables() {
        return tables;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no open data table " + name));
    }

    private static DataDictionary read() {
        try (InputStream in = DataDictionary.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            return new DataDictionary(reader.readObject().getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                    .map(t -> new Table(t.getString("name"), t.getString("es"), t.getString("en"),
                            t.getJsonArray("columns").getValuesAs(JsonObject.class).stream().map(DataDictionary::column).toList()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Column column(JsonObject c) {
        List<String> values = c.containsKey("values")
                ? c.getJsonArray("values").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
        return new Column(c.getString("name"), ColumnType.valueOf(c.getString("type").toUpperCase(Locale.ROOT)), values,
                c.getBoolean("optional", false), c.getBoolean("template", false), c.getString("es"), c.getString("en"),
                c.getBoolean("exportOnly", false));
    }
}
