package org.hoctap.kiosk.export;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * A table staff download for a period: its columns' stable codes and its rows, read from one snapshot
 * and given one at a time so that a long period takes no more memory than a short one.
 */
interface Report {
    /** The report's name in URLs and file names, e.g. {@code attendance}; its title is the template {@code staff.report.<name>}. */
    String name();

    /** The file name's first word, without accents, e.g. {@code diem-danh}. */
    String filePrefix();

    /** The columns' stable codes; labelled by the templates {@code staff.csv.<code>}. */
    List<String> codes();

    /**
     * Gives the rows of {@code [from, to)} at the centre to {@code sink}, cells in the order of {@link #codes()}.
     * A row's list may be reused for the next: it is valid during the call only.
     */
    void each(Connection c, String centreId, Instant from, Instant to, ZoneId zone, Consumer<List<String>> sink)
            throws SQLException;
}
