package org.hoctap.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The built-in texts: complete in every language, rendering cleanly, short enough for SMS. */
class TemplatesTest {
    /** The contract other modules code against: every key and the placeholders it takes. */
    static final Map<String, Set<String>> KEYS = contract();

    private final Templates templates = Templates.load(Optional.empty());

    private static Map<String, Set<String>> contract() {
        Map<String, Set<String>> keys = new HashMap<>();
        for (int code : new int[] {11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 31, 32}) {
            keys.put("activity." + code, Set.of());
        }
        keys.put("sms.recorded", Set.of("activities", "household", "total"));
        keys.put("sms.recorded_partly", Set.of("activities", "unknown"));
        keys.put("sms.unknown_code", Set.of("code", "closest"));
        for (String key : new String[] {"sms.not_registered", "sms.help", "sms.empty", "sms.opted_out",
                "sms.language_set", "sms.language_choices", "sms.nothing_to_undo", "sms.opted_in", "sms.or"}) {
            keys.put(key, Set.of());
        }
        keys.put("sms.registered", Set.of("household"));
        keys.put("sms.already_registered", Set.of("household"));
        keys.put("sms.register_confirm", Set.of("household", "current"));
        keys.put("sms.no_such_household", Set.of("household"));
        keys.put("sms.progress", Set.of("year", "household", "count"));
        keys.put("sms.undone", Set.of("activities"));
        keys.put("sms.unknown_member", Set.of("household", "member"));
        keys.put("kiosk.open_session", Set.of("topic"));
        keys.put("kiosk.checked_in", Set.of("name", "topic"));
        keys.put("kiosk.already_checked_in", Set.of("name"));
        keys.put("kiosk.wrong_clock", Set.of("time"));
        keys.put("kiosk.on_battery", Set.of("percent"));
        keys.put("kiosk.synced_at", Set.of("time"));
        keys.put("kiosk.sync_failed_at", Set.of("time"));
        keys.put("staff.sync_done", Set.of("batches", "records"));
        keys.put("staff.sync_failed", Set.of("reason"));
        for (String key : new String[] {"kiosk.title", "kiosk.no_session", "kiosk.tap_card", "kiosk.pick_name",
                "kiosk.error_try_again", "kiosk.learners", "kiosk.search_placeholder",
                "kiosk.language.vi", "kiosk.language.blt", "kiosk.language.hnj", "kiosk.unknown_person",
                "kiosk.unknown_card", "kiosk.by_village", "kiosk.by_name", "kiosk.back", "kiosk.sim_bad_card",
                "kiosk.sim_bad_battery", "kiosk.sim_this_machine_only", "staff.sync_now",
                "staff.sync_not_enrolled", "staff.sync_unreachable"}) {
            keys.put(key, Set.of());
        }
        keys.put("staff.logged_in_as", Set.of("name"));
        keys.put("staff.locked", Set.of("minutes"));
        keys.put("staff.open_since", Set.of("time"));
        keys.put("staff.open_from_to", Set.of("from", "to"));
        keys.put("staff.check_ins", Set.of("count"));
        keys.put("staff.opened", Set.of("topic"));
        keys.put("staff.opened_closing", Set.of("topic", "closed"));
        keys.put("staff.closed", Set.of("topic"));
        keys.put("staff.enrolled", Set.of("name", "household"));
        keys.put("staff.card_linked", Set.of("name"));
        keys.put("staff.card_taken", Set.of("name"));
        for (String key : new String[] {"kiosk.staff", "staff.title", "staff.back_to_kiosk", "staff.name",
                "staff.password", "staff.pin", "staff.log_in", "staff.log_out", "staff.login_needed",
                "staff.wrong_login", "staff.pin_on_kiosk_only", "staff.sessions", "staff.day", "staff.show",
                "staff.bad_date", "staff.no_sessions", "staff.open_session", "staff.topic", "staff.teacher",
                "staff.planned_end", "staff.close_session", "staff.no_topic", "staff.bad_time",
                "staff.no_such_session", "staff.list", "staff.nobody_yet", "staff.add_learner", "staff.not_today",
                "staff.remove", "staff.restore", "staff.removed_mark", "staff.reason", "staff.removed",
                "staff.restored", "staff.no_such_check_in", "staff.method.CARD", "staff.method.NAME",
                "staff.method.STAFF", "staff.downloads", "staff.from", "staff.to", "staff.download_csv",
                "staff.download_xlsx", "staff.enrol", "staff.full_name", "staff.sex", "staff.sex.F", "staff.sex.M",
                "staff.birth_year", "staff.household_code", "staff.new_household_in", "staff.save",
                "staff.bad_person", "staff.no_such_household", "staff.no_such_village", "staff.link_card",
                "staff.tap_card_now", "staff.card_number", "staff.bad_card", "staff.move_card", "staff.cancel",
                "staff.search"}) {
            keys.put(key, Set.of());
        }
        for (String key : new String[] {"staff.report.attendance", "staff.report.sessions", "staff.report.topics",
                "staff.csv.checked_in_at", "staff.csv.session_opened_at", "staff.csv.session_closed_at",
                "staff.csv.session_id", "staff.csv.topic_code", "staff.csv.topic", "staff.csv.teacher",
                "staff.csv.full_name", "staff.csv.sex", "staff.csv.birth_year", "staff.csv.household_code",
                "staff.csv.member_no", "staff.csv.village", "staff.csv.method", "staff.csv.learner_turns",
                "staff.csv.learners", "staff.csv.sessions", "staff.csv.women", "staff.csv.men"}) {
            keys.put(key, Set.of());
        }
        keys.put("staff.usb_export", Set.of());
        keys.put("staff.usb_done", Set.of("count", "folder"));
        keys.put("staff.usb_none", Set.of());
        keys.put("staff.usb_read_only", Set.of("stick"));
        keys.put("staff.usb_full", Set.of("stick"));
        keys.put("staff.clock", Set.of());
        keys.put("staff.clock_time", Set.of());
        keys.put("staff.clock_save", Set.of());
        keys.put("staff.clock_bad", Set.of());
        keys.put("staff.clock_set", Set.of("time"));
        keys.put("staff.clock_refused", Set.of("reason"));
        keys.put("kiosk.enrol_card", Set.of());
        keys.put("staff.card_for_existing", Set.of());
        keys.put("staff.card_waiting", Set.of("card"));
        keys.put("staff.log", Set.of());
        keys.put("staff.action.login", Set.of());
        keys.put("staff.action.login_failed", Set.of());
        keys.put("staff.action.download", Set.of());
        keys.put("staff.action.open_session", Set.of());
        keys.put("staff.action.close_session", Set.of());
        keys.put("staff.action.check_in", Set.of());
        keys.put("staff.action.remove", Set.of());
        keys.put("staff.action.restore", Set.of());
        keys.put("staff.action.enrol", Set.of());
        keys.put("staff.action.link_card", Set.of());
        keys.put("staff.action.set_clock", Set.of());
        keys.put("sms.family_registered", Set.of("year", "household"));
        keys.put("sms.family_already_registered", Set.of("year", "household"));
        keys.put("sms.citizen_registered", Set.of("year", "name", "member"));
        keys.put("sms.citizen_already_registered", Set.of("year", "name"));
        keys.put("sms.citizen_which_member", Set.of("household"));
        keys.put("sms.and", Set.of());
        keys.put("result.family_achieved", Set.of("name", "household", "year", "total", "maximum"));
        keys.put("result.family_not_yet", Set.of("name", "household", "year", "total", "maximum", "short"));
        keys.put("result.citizen_achieved", Set.of("name", "year", "total", "maximum"));
        keys.put("result.citizen_not_yet", Set.of("name", "year", "total", "maximum", "short"));
        for (String key : new String[] {"review.no_such_registration", "review.not_yours", "review.reason_needed"}) {
            keys.put(key, Set.of());
        }
        keys.put("review.may_not_decide", Set.of("title"));
        keys.put("review.no_rules", Set.of("title", "year"));
        keys.put("review.not_configured", Set.of("title"));
        keys.put("review.no_such_indicator", Set.of("indicator"));
        keys.put("review.points_out_of_range", Set.of("indicator", "max"));
        keys.put("reminder.progress", Set.of("year", "household", "count", "missing"));
        keys.put("reminder.opt_out", Set.of());
        keys.put("ussd.main", Set.of());
        keys.put("ussd.categories", Set.of());
        keys.put("ussd.activities_title", Set.of());
        keys.put("ussd.more", Set.of());
        keys.put("ussd.back", Set.of());
        keys.put("ussd.household_code", Set.of());
        keys.put("ussd.languages", Set.of());
        keys.put("ussd.help", Set.of());
        keys.put("ussd.invalid", Set.of());
        keys.put("ussd.thanks", Set.of());
        keys.put("ussd.expired", Set.of());
        keys.put("ussd.count", Set.of("activity"));
        keys.put("ussd.confirm_move", Set.of("current", "household"));
        keys.put("officer.reminders", Set.of());
        keys.put("officer.reminder_kind.TEXT", Set.of());
        keys.put("officer.reminder_kind.PROGRESS", Set.of());
        keys.put("officer.reminder_audience.ALL", Set.of());
        keys.put("officer.reminder_audience.FAMILY_REGISTERED", Set.of());
        keys.put("officer.reminder_text.vi", Set.of());
        keys.put("officer.reminder_text.blt", Set.of());
        keys.put("officer.reminder_text.hnj", Set.of());
        keys.put("officer.goal", Set.of());
        keys.put("officer.send_at", Set.of());
        keys.put("officer.preview", Set.of());
        keys.put("officer.schedule", Set.of());
        keys.put("officer.preview_line", Set.of("messages", "segments", "cost", "optedOut", "atGoal", "overLimit"));
        keys.put("officer.reminder_state.SCHEDULED", Set.of());
        keys.put("officer.reminder_state.SENT", Set.of());
        keys.put("officer.reminder_state.CANCELLED", Set.of());
        keys.put("officer.reminder_line", Set.of("when", "kind", "state", "queued"));
        keys.put("officer.cancel", Set.of());
        keys.put("officer.bad_reminder", Set.of());
        keys.put("officer.reminder_not_cancellable", Set.of());
        keys.put("officer.may_not_set_targets", Set.of());
        keys.put("officer.bad_target", Set.of());
        keys.put("officer.figures", Set.of());
        keys.put("officer.by_centre", Set.of());
        keys.put("officer.by_topic", Set.of());
        keys.put("officer.by_month", Set.of());
        keys.put("officer.by_sex", Set.of());
        keys.put("officer.by_ethnicity", Set.of());
        keys.put("officer.progress", Set.of());
        keys.put("officer.by_village", Set.of());
        keys.put("officer.progress_line", Set.of("commune", "title", "achieved", "base", "percent", "target"));
        keys.put("officer.targets", Set.of());
        keys.put("officer.set_target", Set.of());
        keys.put("officer.percent", Set.of());
        keys.put("officer.area.NORMAL", Set.of());
        keys.put("officer.area.DISADVANTAGED", Set.of());
        keys.put("officer.title.FAMILY", Set.of());
        keys.put("officer.title.CLAN", Set.of());
        keys.put("officer.title.COMMUNITY", Set.of());
        keys.put("officer.title.UNIT", Set.of());
        keys.put("officer.title.CITIZEN", Set.of());
        keys.put("officer.sex.F", Set.of());
        keys.put("officer.sex.M", Set.of());
        keys.put("officer.downloads", Set.of());
        keys.put("officer.report.yearly", Set.of());
        keys.put("officer.report.centres", Set.of());
        keys.put("officer.csv.whole_commune", Set.of());
        keys.put("officer.csv.commune", Set.of());
        keys.put("officer.csv.village", Set.of());
        keys.put("officer.csv.households", Set.of());
        keys.put("officer.csv.adults", Set.of());
        keys.put("officer.csv.family_registered", Set.of());
        keys.put("officer.csv.family_achieved", Set.of());
        keys.put("officer.csv.citizen_registered", Set.of());
        keys.put("officer.csv.citizen_achieved", Set.of());
        keys.put("officer.csv.community_registered", Set.of());
        keys.put("officer.csv.community_achieved", Set.of());
        keys.put("officer.csv.clan_registered", Set.of());
        keys.put("officer.csv.clan_achieved", Set.of());
        keys.put("officer.csv.unit_registered", Set.of());
        keys.put("officer.csv.unit_achieved", Set.of());
        keys.put("officer.csv.learner_turns", Set.of());
        keys.put("officer.csv.activities", Set.of());
        keys.put("officer.csv.centre_code", Set.of());
        keys.put("officer.csv.centre", Set.of());
        keys.put("officer.csv.classes", Set.of());
        keys.put("officer.csv.learners", Set.of());
        keys.put("officer.csv.women_turns", Set.of());
        keys.put("officer.csv.men_turns", Set.of());
        keys.put("officer.title", Set.of());
        keys.put("officer.login", Set.of());
        keys.put("officer.password", Set.of());
        keys.put("officer.log_in", Set.of());
        keys.put("officer.log_out", Set.of());
        keys.put("officer.logged_in_as", Set.of("name", "role"));
        keys.put("officer.role.CENTRE_STAFF", Set.of());
        keys.put("officer.role.COMMUNE_OFFICER", Set.of());
        keys.put("officer.role.PROVINCE_OFFICER", Set.of());
        keys.put("officer.login_needed", Set.of());
        keys.put("officer.wrong_login", Set.of());
        keys.put("officer.locked", Set.of("minutes"));
        keys.put("officer.malformed_request", Set.of());
        keys.put("officer.forbidden", Set.of());
        keys.put("officer.failed", Set.of());
        keys.put("officer.year", Set.of());
        keys.put("officer.show", Set.of());
        keys.put("officer.registrations", Set.of());
        keys.put("officer.no_registrations", Set.of());
        keys.put("officer.title_name", Set.of());
        keys.put("officer.registrant", Set.of());
        keys.put("officer.village", Set.of());
        keys.put("officer.provisional", Set.of());
        keys.put("officer.decision", Set.of());
        keys.put("officer.achieved", Set.of());
        keys.put("officer.not_yet", Set.of());
        keys.put("officer.not_configured", Set.of());
        keys.put("officer.no_rules", Set.of());
        keys.put("officer.undecided", Set.of());
        keys.put("officer.criterion", Set.of());
        keys.put("officer.indicator", Set.of());
        keys.put("officer.evidence", Set.of());
        keys.put("officer.mapping", Set.of());
        keys.put("officer.points", Set.of());
        keys.put("officer.total", Set.of("total", "maximum", "pass"));
        keys.put("officer.adjust", Set.of());
        keys.put("officer.reason", Set.of());
        keys.put("officer.adjusted", Set.of("by", "points", "reason"));
        keys.put("officer.confirm", Set.of());
        keys.put("officer.decided", Set.of("total", "maximum", "result", "by", "at"));
        keys.put("officer.send_results", Set.of());
        keys.put("officer.sent", Set.of("queued", "optedOut", "noPhone", "alreadySent"));
        keys.put("officer.legal_basis", Set.of());
        keys.put("officer.register", Set.of());
        keys.put("officer.household_code", Set.of());
        keys.put("officer.member", Set.of());
        keys.put("officer.group_name", Set.of());
        keys.put("officer.record_fact", Set.of());
        keys.put("officer.fact", Set.of());
        keys.put("officer.value", Set.of());
        keys.put("officer.note", Set.of());
        keys.put("officer.save", Set.of());
        keys.put("officer.bad_registration", Set.of());
        keys.put("officer.unknown_fact", Set.of("fact"));
        keys.put("officer.may_not_send", Set.of());
        keys.put("officer.may_not_remind", Set.of());
        keys.put("officer.village_ambiguous", Set.of("count"));
        keys.put("officer.rules_unreadable", Set.of("files"));
        keys.put("officer.evidence.activities", Set.of("codes", "count"));
        keys.put("officer.evidence.learnerTurns", Set.of("count"));
        keys.put("officer.evidence.fact", Set.of("fact", "value"));
        keys.put("officer.evidence.score", Set.of("fact", "value"));
        keys.put("officer.evidence.learningCitizens", Set.of("count"));
        keys.put("officer.evidence.manual", Set.of());
        keys.put("officer.evidence.none", Set.of());
        keys.put("officer.step", Set.of("atLeast", "points"));
        return Map.copyOf(keys);
    }

    @Test
    void everyLanguageHasExactlyTheContractsKeys() {
        for (Language language : Language.values()) {
            Set<String> expected = new TreeSet<>(KEYS.keySet());
            if (language != Language.VI) {
                expected.removeIf(key -> key.startsWith("officer.")); // the central web is in Vietnamese
            }
            assertEquals(expected, templates.keys(language), language.tag());
        }
    }

    @Test
    void everyTemplateRendersInEveryLanguageWithAllItsValuesAndNoBraces() {
        for (Language language : Language.values()) {
            for (Map.Entry<String, Set<String>> key : KEYS.entrySet()) {
                Map<String, String> values = new HashMap<>();
                key.getValue().forEach(name -> values.put(name, "<" + name + "=" + 42 + ">"));
                String text = templates.render(key.getKey(), language, values);
                String where = language.tag() + " " + key.getKey() + ": " + text;
                assertFalse(text.isBlank(), where);
                assertFalse(text.contains("{") || text.contains("}"), where);
                for (String value : values.values()) {
                    assertTrue(text.contains(value), where + " lacks " + value);
                }
                if (key.getValue().isEmpty()) {
                    assertEquals(text, templates.render(key.getKey(), language));
                }
            }
        }
    }

    @Test
    void aMissingValueIsAnErrorNamingTheKeyAndPlaceholder() {
        for (Language language : Language.values()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> templates.render("sms.recorded", language, Map.of("activities", "đọc sách, báo")));
            assertTrue(e.getMessage().contains("sms.recorded") && e.getMessage().contains("{household}"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> templates.render("kiosk.checked_in", language));
        }
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("name", null);
        assertThrows(IllegalArgumentException.class,
                () -> templates.render("kiosk.already_checked_in", Language.VI, withNull));
    }

    @Test
    void anUnknownKeyIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> templates.render("sms.no_such_text", Language.HNJ));
        assertTrue(e.getMessage().contains("sms.no_such_text"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> templates.render("_status", Language.BLT));
    }

    @Test
    void vietnameseTexts() {
        assertEquals("đọc sách, báo", templates.render("activity.12", Language.VI));
        assertEquals("người biết dạy người chưa biết", templates.render("activity.32", Language.VI));
        assertEquals("Đã ghi nhận: đọc sách, báo x3. Năm nay hộ QC0290 có 14 hoạt động. Cảm ơn!",
                templates.render("sms.recorded", Language.VI,
                        Map.of("activities", "đọc sách, báo x3", "household", "QC0290", "total", 14, "unused", 1)));
        assertEquals("Tiếng Việt", templates.render("kiosk.language.vi", Language.VI));
        assertEquals("Thái", templates.render("kiosk.language.blt", Language.VI));
        assertEquals("Mông", templates.render("kiosk.language.hnj", Language.VI));
        assertEquals("Lớp đang học: Xóa mù chữ",
                templates.render("kiosk.open_session", Language.VI, Map.of("topic", "Xóa mù chữ")));
        String unknown = templates.render("sms.unknown_code", Language.VI, Map.of("code", 19, "closest", 12));
        assertTrue(unknown.contains("19") && unknown.contains("12") && unknown.contains("HD"), unknown);
        assertTrue(templates.render("sms.not_registered", Language.VI).contains("DK "));
    }

    @Test
    void valuesAreInsertedAsTheyAreAndNotReadAsPlaceholders() {
        assertEquals("{topic} đã điểm danh rồi.",
                templates.render("kiosk.already_checked_in", Language.VI, Map.of("name", "{topic}")));
    }

    @Test
    void helpAndEmptyListTheCommandsInEveryLanguage() {
        for (Language language : Language.values()) {
            for (String key : new String[] {"sms.help", "sms.empty"}) {
                String text = templates.render(key, language);
                for (String command : new String[] {"12x3", "KQ", "HD", "NN", "TC"}) {
                    assertTrue(text.contains(command), language.tag() + " " + key + " lacks " + command);
                }
            }
        }
    }

    @Test
    void thaiAndHmongAreDraftsAndVietnameseIsNot() {
        assertFalse(templates.isDraft(Language.VI));
        assertTrue(templates.isDraft(Language.BLT));
        assertTrue(templates.isDraft(Language.HNJ));
    }

    @Test
    void everySmsTextIsOneMessageAtMostWhenFoldingIsAllowed() {
        Map<String, String> values = Map.ofEntries(Map.entry("code", "19"), Map.entry("closest", "17 hoặc 16"),
                Map.entry("household", "QC0290"), Map.entry("current", "QC1234"), Map.entry("year", "2026"),
                Map.entry("count", "148"), Map.entry("member", "12"), Map.entry("total", "148"),
                Map.entry("unknown", "19, 55"), Map.entry("name", "Lò Thị Mai Phương"), Map.entry("maximum", "100"),
                Map.entry("short", "trẻ em đi học đều và đọc sách báo"), Map.entry("missing", "12"));
        for (Language language : Language.values()) {
            for (String key : KEYS.keySet()) {
                if (!key.startsWith("sms.") && !key.startsWith("result.") && !key.startsWith("reminder.")) {
                    continue;
                }
                Map<String, String> withActivity = new HashMap<>(values);
                withActivity.put("activities", templates.render("activity.12", language) + " x3");
                String text = templates.render(key, language, withActivity);
                assertEquals(1, SmsText.cheapest(text, Folding.WHEN_CHEAPER).segments(), language.tag() + " " + key + ": " + text);
            }
        }
    }

    @Test
    void thaiAndHmongSmsTextsFitGsm7AsTheyAre() {
        for (Language language : new Language[] {Language.BLT, Language.HNJ}) {
            for (String key : templates.keys(language)) {
                if (key.startsWith("sms.") || key.startsWith("activity.") || key.startsWith("reminder.")) {
                    Map<String, String> values = new HashMap<>();
                    KEYS.get(key).forEach(name -> values.put(name, "12"));
                    String text = templates.render(key, language, values);
                    assertEquals(SmsEncoding.GSM7, SmsText.of(text).encoding(), language.tag() + " " + key);
                }
            }
        }
    }

    @Test
    void activityNamesAreShort() {
        for (Language language : Language.values()) {
            for (String key : templates.keys(language)) {
                if (key.startsWith("activity.")) {
                    String name = templates.render(key, language);
                    assertTrue(name.length() <= 50, language.tag() + " " + key + ": " + name);
                }
            }
        }
    }

    @Test
    void keysCannotBeChangedByCallers() {
        assertThrows(UnsupportedOperationException.class, () -> templates.keys(Language.VI).add("x"));
    }
}
