package org.cocrea.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a download: every table of the {@link DataDictionary}, in its order, in one
 * {@link Format}, from the public rows {@link OpenDataReader} streams page by page. The licence
 * comes from MicroProfile Config ({@code cocrea.opendata.licence}, {@code cocrea.opendata.licenceUrl};
 * CC BY 4.0 by default), the date from the one {@link Clock}.
 */
@ApplicationScoped
public class OpenDataExport {

    /** The path of the JSON Schema, under the application's address. */
    public static final String SCHEMA_PATH = "/api/v1/opendata/schema.json";

    @Inject
    private OpenDataReader reader;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "cocrea.opendata.licence", defaultValue = "CC BY 4.0")
    private String licence;

    @Inject
    @ConfigProperty(name = "cocrea.opendata.licenceUrl", defaultValue = "https://creativecommons.org/licenses/by/4.0/")
    private String licenceUrl;

    /** Not found unless the scope names something public; called before a response starts. */
    public void requirePublic(Scope scope) {
        reader.requirePublic(scope);
    }

    /** What the files say of themselves; {@code baseUrl} is the application's public address. */
    public About about(Scope scope, String baseUrl) {
        return new About(licence, licenceUrl, clock.instant(), scope, baseUrl, baseUrl + SCHEMA_PATH);
    }

    public String licence() {
        return licence;
    }

    public String licenceUrl() {
        return licenceUrl;
    }

    /** Streams the download to {@code out} (not closed), table by table, row by row. */
    public void write(Format format, Scope scope, String baseUrl, OutputStream out) throws IOException {
        About about = about(scope, baseUrl);
        try (TableSink sink = switch (format) {
            case CSV -> new CsvZipSink(out, about);
            case XLSX -> new XlsxSink(out, about);
            case JSON -> new JsonSink(out, about);
        }) {
            for (DataDictionary.Table table : DataDictionary.get().tables()) {
                sink.begin(table);
                reader.rows(table.name(), scope, baseUrl, values -> {
                    try {
                        sink.row(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                sink.end();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
