package org.cocrea.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/open-data.md} carries the data dictionary as the dictionary file says it, between two
 * markers. When the file changes, regenerate the section:
 * {@code mvn -o test -Dtest=OpenDataDocTest -Dopendata.writeDoc=true}.
 */
class OpenDataDocTest {

    static final Path DOC = Path.of("docs/open-data.md");
    static final String START = "<!-- dictionary:start (generated from src/main/resources/org/cocrea/opendata/dictionary.json by OpenDataDocTest) -->";
    static final String END = "<!-- dictionary:end -->";

    @Test
    void theDocumentHoldsTheDictionaryAsTheResourceSaysIt() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).contains(START, END);
        String generated = doc.substring(0, doc.indexOf(START)) + START + "\n" + markdown() + END
                + doc.substring(doc.indexOf(END) + END.length());
        if (Boolean.getBoolean("opendata.writeDoc")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
            doc = generated;
        }
        assertThat(doc).as("docs/open-data.md is behind the dictionary: run with -Dopendata.writeDoc=true").isEqualTo(generated);
    }

    /** One section per table: what it holds, then a row per column (type, allowed values, meaning es / en). */
    static String markdown() {
        StringBuilder md = new StringBuilder();
        for (DataDictionary.Table table : DataDictionary.get().tables()) {
            md.append("\n### `").append(table.name()).append("`\n\n")
                    .append(table.es()).append("<br>*").append(table.en()).append("*\n\n")
                    .append("| column | type | allowed values | significado | meaning |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (DataDictionary.Column column : table.columns()) {
                md.append("| `").append(column.name()).append("` | ").append(column.type().key())
                        .append(column.optional() ? " (optional)" : "").append(column.exportOnly() ? " (not imported)" : "").append(" | ")
                        .append(column.values().isEmpty() ? "" : "`" + String.join("`, `", column.values()) + "`").append(" | ")
                        .append(column.es()).append(" | ").append(column.en()).append(" |\n");
            }
        }
        return md.append('\n').toString();
    }
}
