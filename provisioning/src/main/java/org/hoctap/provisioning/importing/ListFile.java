package org.hoctap.provisioning.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.hoctap.shared.grammar.SmsNormalizer;

/**
 * A list as communes keep them: CSV (UTF-8 with or without a BOM, or Windows-1258 as older Vietnamese
 * Windows saves it, or ; as the separator as Excel writes it in some locales) or an Excel workbook
 * (its first sheet). The first line names the columns, by their code or their Vietnamese label,
 * whatever the case and accents.
 */
final class ListFile {
    /** The rows, and how the file was read (e.g. "read as Windows-1258"). */
    record Read(List<TableRow> rows, Optional<String> note) {
    }

    private ListFile() {
    }

    /**
     * @param labels each column's code by its accepted names (folded: upper case, no accents)
     * @throws IOException when the file cannot be read, with what to do about it
     */
    static Read read(Path file, Map<String, String> labels) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return new Read(xlsx(file, labels), Optional.empty());
        }
        if (name.endsWith(".xls")) {
            throw new IOException(file + " is an old Excel file (.xls): save it as .xlsx or CSV UTF-8 and import again.");
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<String> note = Optional.empty();
        String text;
        try {
            text = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            text = Normalizer.normalize(decode(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
            note = Optional.of("not UTF-8: read as Windows-1258 (Vietnamese Windows); check the names came out right");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Read(csv(text, labels), note);
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static List<TableRow> csv(String text, Map<String, String> labels) throws IOException {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).setTrim(true)
                .get();
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> columns = null;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (columns == null) {
                    columns = columns(cells, labels);
                    continue;
                }
                rows.add(row(record.getParser().getCurrentLineNumber(), columns, cells));
            }
        }
        return rows;
    }

    private static List<TableRow> xlsx(Path file, Map<String, String> labels) throws IOException {
        List<TableRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> columns = null;
            try (var all = sheet.openStream()) {
                for (Row row : (Iterable<Row>) all::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        var cell = row.getCell(i);
                        cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (columns == null) {
                        columns = columns(cells, labels);
                        continue;
                    }
                    rows.add(row(row.getRowNum(), columns, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(file + " cannot be read as an Excel workbook: " + e.getMessage(), e);
        }
        return rows;
    }

    private static List<String> columns(List<String> header, Map<String, String> labels) {
        List<String> columns = new ArrayList<>();
        for (String label : header) {
            columns.add(labels.getOrDefault(SmsNormalizer.normalize(label), "?" + label));
        }
        return columns;
    }

    private static TableRow row(long line, List<String> columns, List<String> cells) {
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
            byColumn.put(columns.get(i), cells.get(i));
        }
        return new TableRow(line, byColumn);
    }
}
