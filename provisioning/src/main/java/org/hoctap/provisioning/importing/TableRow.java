package org.hoctap.provisioning.importing;

import java.util.Map;

/** One line of an imported list: its number in the file (the header is line 1) and its cells by column code. */
record TableRow(long line, Map<String, String> cells) {
    TableRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of {@code column}, stripped; "" when the list has no such column or the cell is empty. */
    String get(String column) {
        return cells.getOrDefault(column, "").strip();
    }
}
