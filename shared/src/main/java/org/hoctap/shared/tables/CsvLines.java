package org.hoctap.shared.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CSV lines for spreadsheets (RFC 4180, CRLF lines), written straight into UTF-8 bytes: a million rows
 * go out without building a string of each. A value that a spreadsheet would take for a formula
 * (starting with = + - @ | %, a tab or a carriage return) gets a leading apostrophe, except a plain
 * negative number.
 */
public final class CsvLines {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@|%\t\r";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)?");
    private static final int FLUSH_AT = 64 * 1024;

    /**
     * Encoded cells, by the very String (not its value): a report gives the same name, village or session
     * again and again. Short ASCII cells (times, codes) are cheaper to copy than to remember.
     */
    private static final int MOST_REMEMBERED = 20_000;
    private static final int SHORT = 24;

    private final OutputStream out;
    private final Map<String, byte[]> encoded = new IdentityHashMap<>();
    private byte[] buffer = new byte[FLUSH_AT + 1024];
    private int length;

    public CsvLines(OutputStream out) {
        this.out = out;
    }

    /** Writes the byte-order mark that tells Excel the file is UTF-8. */
    public void bom() {
        for (byte b : BOM) {
            put(b);
        }
    }

    /** One line of cells, CRLF-terminated; passes full blocks on to the stream. */
    public void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            cell(cells.get(i));
        }
        put((byte) '\r');
        put((byte) '\n');
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    /** Passes what is buffered on to the stream (not flushing the stream itself). */
    public void flush() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }

    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): a bulk copy of ASCII text
    private void cell(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        byte[] known = encoded.get(value);
        if (known != null) {
            append(known);
            return;
        }
        boolean quote = false;
        boolean ascii = true;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
            ascii &= c < 0x80;
        }
        boolean plain = ascii && !quote && !isFormula(value);
        if (plain && value.length() <= SHORT) {
            // Short ASCII cells (times, codes, numbers), often new each row: one copy, not remembered.
            ensureRoom(value.length());
            value.getBytes(0, value.length(), buffer, length);
            length += value.length();
            return;
        }
        int start = length;
        if (plain) {
            ensureRoom(value.length());
            value.getBytes(0, value.length(), buffer, length);
            length += value.length();
        } else {
            encode(value, quote);
        }
        if (encoded.size() >= MOST_REMEMBERED) {
            encoded.clear();
        }
        encoded.put(value, Arrays.copyOfRange(buffer, start, length));
    }

    private void append(byte[] bytes) {
        ensureRoom(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensureRoom(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    /** Writes the cell quoted (when it must be), defused and in UTF-8. */
    private void encode(String value, boolean quote) {
        if (quote) {
            put((byte) '"');
        }
        if (isFormula(value)) {
            put((byte) '\'');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    put((byte) '"');
                }
                put((byte) c);
            } else if (c < 0x800) {
                put((byte) (0xC0 | c >> 6));
                put((byte) (0x80 | c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                put((byte) (0xF0 | code >> 18));
                put((byte) (0x80 | code >> 12 & 0x3F));
                put((byte) (0x80 | code >> 6 & 0x3F));
                put((byte) (0x80 | code & 0x3F));
            } else if (Character.isSurrogate(c)) {
                put((byte) '?'); // half a pair: not text
            } else {
                put((byte) (0xE0 | c >> 12));
                put((byte) (0x80 | c >> 6 & 0x3F));
                put((byte) (0x80 | c & 0x3F));
            }
        }
        if (quote) {
            put((byte) '"');
        }
    }

    static boolean isFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !NEGATIVE_NUMBER.matcher(value).matches();
    }

    private void put(byte b) {
        ensureRoom(1);
        buffer[length++] = b;
    }
}
