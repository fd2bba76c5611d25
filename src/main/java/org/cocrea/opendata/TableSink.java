package org.cocrea.opendata;

import java.io.IOException;
import java.util.List;

/** Where the tables of a download go, one after another, row by row: a format's writer. */
interface TableSink extends AutoCloseable {

    void begin(DataDictionary.Table table) throws IOException;

    void row(List<Object> values) throws IOException;

    void end() throws IOException;

    /** Finishes the file (everything written so far has already left). */
    @Override
    void close() throws IOException;
}
