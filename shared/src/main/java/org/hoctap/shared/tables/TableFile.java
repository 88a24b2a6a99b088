package org.hoctap.shared.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** A file format a report is downloaded in: CSV or XLSX, written row by row as they are read. */
public interface TableFile {
    /** Gives each row's cells, in order, to the sink. */
    @FunctionalInterface
    interface Rows {
        void each(Consumer<List<String>> sink) throws SQLException;
    }

    String contentType();

    /** The file name's extension, e.g. {@code csv}. */
    String extension();

    /** Writes the header and every row to {@code out} (neither flushing nor closing it); returns how many rows. */
    long write(OutputStream out, List<String> header, Rows rows) throws SQLException, IOException;
}
