package org.hoctap.kiosk.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Values as CSV cells for spreadsheets (RFC 4180, CRLF lines). A value that a spreadsheet would take
 * for a formula (starting with = + - @ | %, a tab or a carriage return) gets a leading apostrophe,
 * except a plain negative number.
 */
final class CsvCells {
    static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@|%\t\r";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    /** Appends one line of cells, CRLF-terminated, to {@code out}. */
    static void appendLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendCell(out, cells.get(i));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        StringBuilder out = new StringBuilder();
        appendCell(out, value);
        return out.toString();
    }

    /** Appends the value as one cell, quoted when it must be, without building it apart first. */
    static void appendCell(StringBuilder out, String value) {
        String safe = defuse(value == null ? "" : value);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        if (!quote) {
            out.append(safe);
            return;
        }
        out.append('"');
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            out.append(c);
            if (c == '"') {
                out.append('"');
            }
        }
        out.append('"');
    }

    static String defuse(String value) {
        if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
                || NEGATIVE_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
