package org.cocrea.opendata;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * JSON through JSON-P's streaming {@link JsonGenerator}: one object with the licence, the date, the
 * scope, the schema's address, then one array per table of objects keyed by the dictionary's column
 * names. Integers and decimals are numbers, lists arrays, empty values {@code null}.
 */
final class JsonSink implements TableSink {

    private final JsonGenerator json;
    private DataDictionary.Table table;

    JsonSink(OutputStream out, About about) {
        json = Json.createGenerator(out);
        json.writeStartObject();
        json.write("$schema", about.schemaUrl());
        for (String[] line : about.lines()) {
            if (!line[0].equals("schema")) {
                json.write(line[0], line[1]);
            }
        }
    }

    @Override
    public void begin(DataDictionary.Table table) {
        this.table = table;
        json.writeStartArray(table.name());
    }

    @Override
    public void row(List<Object> values) {
        json.writeStartObject();
        for (int i = 0; i < values.size(); i++) {
            write(table.columns().get(i), values.get(i));
        }
        json.writeEnd();
    }

    private void write(DataDictionary.Column column, Object value) {
        json.write(column.name(), Cells.json(column.type(), value));
    }

    @Override
    public void end() {
        json.writeEnd();
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.writeEnd();
        json.flush();
    }
}
