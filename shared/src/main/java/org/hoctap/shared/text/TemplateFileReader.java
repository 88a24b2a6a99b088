package org.hoctap.shared.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a template file: UTF-8 (a leading byte-order mark is allowed), one {@code key = text} per
 * line, in the {@code .properties} syntax, but strictly, because staff edit these files by hand and a
 * mistake must be reported, not guessed at:
 * <ul>
 *   <li>blank lines and lines starting with {@code #} or {@code !} are comments;</li>
 *   <li>every other line is a key (letters, digits, {@code . _ -}), then {@code =} or {@code :}, then
 *       a text that is not empty; leading and trailing spaces are not part of the text;</li>
 *   <li>a line ending in a single {@code \} continues on the next line (its leading spaces dropped);</li>
 *   <li>escapes: {@code \n}, {@code \t}, {@code \\}, <code>&#92;uXXXX</code>, and {@code \= \: \# \! \ } for
 *       the character itself; any other is an error;</li>
 *   <li>a key may appear once per file.</li>
 * </ul>
 */
final class TemplateFileReader {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final int SNIPPET = 40;

    private TemplateFileReader() {
    }

    /** The entries of the file, in file order; {@code file} names it in error messages. */
    static List<TemplateEntry> read(String file, byte[] bytes) {
        String[] lines = decode(file, bytes).split("\r\n|\r|\n", -1);
        List<TemplateEntry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
                if (++i < lines.length) {
                    logical.append(lines[i].stripLeading());
                }
            }
            TemplateEntry entry = entry(file, lineNumber, logical.toString());
            Integer earlier = firstLine.putIfAbsent(entry.key(), lineNumber);
            if (earlier != null) {
                throw entry.problem(entry.key() + " is already defined on line " + earlier);
            }
            entries.add(entry);
        }
        return entries;
    }

    private static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new TemplateFileException(file, line, "the text is not UTF-8; save the file as UTF-8");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static TemplateEntry entry(String file, int line, String text) {
        int separator = firstSeparator(text);
        String key = separator < 0 ? "" : text.substring(0, separator).strip();
        if (separator < 0 || key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
            throw new TemplateFileException(file, line,
                    "expected \"key = text\" but found \"" + snippet(text) + "\"");
        }
        if (!KEY.matcher(key).matches()) {
            throw new TemplateFileException(file, line,
                    "\"" + snippet(key) + "\" is not a template key (letters, digits, '.', '_' and '-' only)");
        }
        String value = unescape(file, line, key, text.substring(separator + 1)).strip();
        if (value.isEmpty()) {
            throw new TemplateFileException(file, line, key + " has no text");
        }
        return new TemplateEntry(key, value, file, line);
    }

    private static int firstSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String file, int line, String key, String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : '\0';
            i++;
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '\\', '=', ':', '#', '!', ' ' -> out.append(next);
                case 'u' -> {
                    String hex = i + 5 <= raw.length() ? raw.substring(i + 1, i + 5) : "";
                    if (!hex.matches("[0-9A-Fa-f]{4}")) {
                        throw new TemplateFileException(file, line,
                                "in " + key + ", \\u must be followed by four hexadecimal digits");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> throw new TemplateFileException(file, line, "in " + key + ", \"\\"
                        + (next == '\0' ? "" : String.valueOf(next))
                        + "\" is not an escape (write \\\\ for a backslash, \\n for a new line)");
            }
        }
        return out.toString();
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "...";
    }
}
