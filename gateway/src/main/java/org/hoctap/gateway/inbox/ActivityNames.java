package org.hoctap.gateway.inbox;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.hoctap.shared.grammar.ReportedActivity;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The activities of a report as one phrase for {@code sms.recorded}: each name from its template
 * {@code activity.<code>}, with " xn" after it when done more than once, joined by "; " (names may
 * themselves hold commas, as "đọc sách, báo" does), e.g. "đọc sách, báo x3; con đi học đều". A plain
 * "x" rather than "×", which GSM-7 lacks: it would make Thai and Hmong replies cost UCS-2.
 */
final class ActivityNames {
    private ActivityNames() {
    }

    static String list(Templates templates, Language language, List<ReportedActivity> activities) {
        StringJoiner joined = new StringJoiner("; ");
        for (ReportedActivity activity : activities) {
            String name = templates.render("activity." + activity.code(), language, Map.of());
            joined.add(activity.count() > 1 ? name + " x" + activity.count() : name);
        }
        return joined.toString();
    }
}
