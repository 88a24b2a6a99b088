package org.hoctap.shared.tables;

import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The header line of a report: a label in the reader's language and the column's stable code, such as
 * {@code Thời gian (checked_in_at)}, so people read it and programs re-import it whatever the wording.
 * Labels are the templates {@code <prefix><code>} ({@code staff.csv.}, {@code officer.csv.}), which
 * staff can override.
 */
public final class ReportHeader {
    private ReportHeader() {
    }

    public static List<String> cells(Templates templates, String prefix, Language language, List<String> codes) {
        List<String> cells = new ArrayList<>(codes.size());
        for (String code : codes) {
            cells.add(templates.render(prefix + code, language) + " (" + code + ")");
        }
        return cells;
    }
}
