package org.hoctap.kiosk.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The header line of the attendance export: a Vietnamese label and a stable code per column, such as
 * {@code Thời gian (checked_in_at)}, so people read it and programs re-import it whatever the wording.
 * A label is the template {@code kiosk.csv.<code>} when the templates have one (so staff can override
 * it), else the kiosk's built-in label ({@code attendance-csv.properties} beside this class).
 */
final class AttendanceCsvHeader {
    static final List<String> CODES = List.of(
            "checked_in_at", "topic", "full_name", "household_code", "member_no", "village", "method");
    private static final String TEMPLATE_PREFIX = "kiosk.csv.";

    private AttendanceCsvHeader() {
    }

    static List<String> cells(Templates templates) {
        Properties builtIn = builtInLabels();
        List<String> cells = new ArrayList<>(CODES.size());
        for (String code : CODES) {
            String key = TEMPLATE_PREFIX + code;
            String label = templates.keys(Language.VI).contains(key)
                    ? templates.render(key, Language.VI)
                    : builtIn.getProperty(code, code);
            cells.add(label + " (" + code + ")");
        }
        return cells;
    }

    private static Properties builtInLabels() {
        Properties labels = new Properties();
        try (InputStream in = AttendanceCsvHeader.class.getResourceAsStream("attendance-csv.properties")) {
            if (in != null) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in CSV labels", e);
        }
        return labels;
    }
}
