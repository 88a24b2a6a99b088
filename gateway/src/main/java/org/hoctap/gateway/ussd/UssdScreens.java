package org.hoctap.gateway.ussd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoctap.shared.activity.ActivityType;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.hoctap.shared.text.VietnameseFolding;

/**
 * The USSD screens in each language, from the {@code ussd.*} templates, as GSM-7 text (Vietnamese
 * folded to unaccented letters) of one screen each; a category's activities are split into pages
 * that each fit, with "more" and "back".
 */
public final class UssdScreens {
    private static final String ELLIPSIS = "...";

    private final Templates templates;

    public UssdScreens(Templates templates) {
        this.templates = templates;
    }

    /** A page of activities and the codes it offers, numbered from 1. */
    public record Page(Screen screen, List<Integer> codes, boolean more) {
    }

    public Screen main(Language language) {
        return asking("ussd.main", language, Map.of());
    }

    public Screen categories(Language language) {
        return asking("ussd.categories", language, Map.of());
    }

    public Screen count(Language language, int code) {
        return asking("ussd.count", language, Map.of("activity", text("activity." + code, language, Map.of())));
    }

    public Screen householdCode(Language language) {
        return asking("ussd.household_code", language, Map.of());
    }

    public Screen confirmMove(Language language, String current, String household) {
        return asking("ussd.confirm_move", language, Map.of("current", current, "household", household));
    }

    public Screen languages(Language language) {
        return asking("ussd.languages", language, Map.of());
    }

    public Screen help(Language language) {
        return last(text("ussd.help", language, Map.of()));
    }

    public Screen thanks(Language language) {
        return last(text("ussd.thanks", language, Map.of()));
    }

    public Screen expired(Language language) {
        return last(text("ussd.expired", language, Map.of()));
    }

    /** {@code screen} again, saying the choice was not one of its own. */
    public Screen invalid(Language language, Screen screen) {
        String again = text("ussd.invalid", language, Map.of()) + " " + screen.text();
        return new Screen(Screen.fits(again) ? again : screen.text(), false);
    }

    /** A text that ends the session (an answer of the SMS language), cut to one screen if need be. */
    public Screen last(String text) {
        String gsm = VietnameseFolding.foldForGsm7(text);
        while (!Screen.fits(gsm)) {
            gsm = gsm.substring(0, Math.min(gsm.length(), Screen.MOST_SEPTETS) - ELLIPSIS.length() - 1).strip() + ELLIPSIS;
        }
        return new Screen(gsm, true);
    }

    /** The activities of one category, split into pages that fit a screen; {@code page} from 0. */
    public List<Page> pages(Language language, List<ActivityType> activities) {
        String title = text("ussd.activities_title", language, Map.of());
        String more = text("ussd.more", language, Map.of());
        String back = text("ussd.back", language, Map.of());
        // Room for "wrong choice" in front: the page is shown again with it.
        String invalid = text("ussd.invalid", language, Map.of()) + " ";
        List<Page> pages = new ArrayList<>();
        int from = 0;
        while (from < activities.size() || pages.isEmpty()) {
            List<Integer> codes = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            int next = from;
            while (next < activities.size() && codes.size() < 8) {
                String line = (codes.size() + 1) + " " + text("activity." + activities.get(next).code(), language, Map.of());
                List<String> tried = new ArrayList<>(lines);
                tried.add(line);
                boolean last = next + 1 == activities.size();
                if (!Screen.fits(invalid + join(title, tried, last ? null : more, back)) && !codes.isEmpty()) {
                    break;
                }
                lines = tried;
                codes.add(activities.get(next).code());
                next++;
            }
            boolean hasMore = next < activities.size();
            pages.add(new Page(new Screen(join(title, lines, hasMore ? more : null, back), false), codes, hasMore));
            from = next;
            if (activities.isEmpty()) {
                break;
            }
        }
        return pages;
    }

    private static String join(String title, List<String> lines, String more, String back) {
        StringBuilder text = new StringBuilder(title);
        lines.forEach(l -> text.append('\n').append(l));
        if (more != null) {
            text.append('\n').append(more);
        }
        return VietnameseFolding.foldForGsm7(text.append('\n').append(back).toString());
    }

    private Screen asking(String key, Language language, Map<String, ?> values) {
        return new Screen(text(key, language, values), false);
    }

    private String text(String key, Language language, Map<String, ?> values) {
        return VietnameseFolding.foldForGsm7(templates.render(key, language, values));
    }
}
