package org.hoctap.kiosk.export;

import java.util.ArrayList;
import java.util.List;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The header line of a report: a label in the staff's language and the column's stable code, such as
 * {@code Thời gian (checked_in_at)}, so people read it and programs re-import it whatever the wording.
 * Labels are the templates {@code staff.csv.<code>}, which staff can override.
 */
final class ReportHeader {
    private ReportHeader() {
    }

    static List<String> cells(Templates templates, Language language, List<String> codes) {
        List<String> cells = new ArrayList<>(codes.size());
        for (String code : codes) {
            cells.add(templates.render("staff.csv." + code, language) + " (" + code + ")");
        }
        return cells;
    }
}
