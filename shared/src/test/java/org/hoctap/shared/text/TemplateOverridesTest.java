package org.hoctap.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts staff put in the data folder replace the built-in ones key by key; mistakes are reported. */
class TemplateOverridesTest {
    private static final Templates BUILT_IN = Templates.load(Optional.empty());

    @TempDir
    Path dir;

    @Test
    void anOverrideReplacesOnlyItsKeysInItsLanguage() throws IOException {
        write("vi.properties", """
                # changed by the centre
                kiosk.title = TTHTCĐ xã Quài Chiềng
                sms.recorded = Đã ghi: {activities}.
                """);
        Templates templates = Templates.load(Optional.of(dir));
        assertEquals("TTHTCĐ xã Quài Chiềng", templates.render("kiosk.title", Language.VI));
        assertEquals("Đã ghi: đọc sách, báo.", templates.render("sms.recorded", Language.VI,
                Map.of("activities", "đọc sách, báo", "household", "QC0290")));
        assertEquals(BUILT_IN.render("kiosk.tap_card", Language.VI), templates.render("kiosk.tap_card", Language.VI));
        assertEquals(BUILT_IN.render("kiosk.title", Language.HNJ), templates.render("kiosk.title", Language.HNJ));
        assertEquals(BUILT_IN.keys(Language.VI), templates.keys(Language.VI));
    }

    @Test
    void aKeyMissingInThaiOrHmongFallsBackToVietnamese() throws IOException {
        write("vi.properties", "kiosk.closed_for_holiday = Trung tâm nghỉ lễ.\n");
        write("hnj.properties", "kiosk.closed_for_holiday = Chaw kawm so.\n");
        Templates templates = Templates.load(Optional.of(dir));
        assertEquals("Trung tâm nghỉ lễ.", templates.render("kiosk.closed_for_holiday", Language.BLT));
        assertEquals("Chaw kawm so.", templates.render("kiosk.closed_for_holiday", Language.HNJ));
        assertTrue(templates.keys(Language.VI).contains("kiosk.closed_for_holiday"));
        assertFalse(templates.keys(Language.BLT).contains("kiosk.closed_for_holiday"));
    }

    @Test
    void aReviewedOverrideEndsTheDraftOnlyWhenItReplacesEveryDraftText() throws IOException {
        StringBuilder all = new StringBuilder("_status = reviewed by Lò Văn Xuân, 2025-10-01\n");
        for (String key : BUILT_IN.keys(Language.BLT)) {
            all.append(key).append(" = ").append(BUILT_IN.render(key, Language.BLT, placeholders()).replace("\n", "\\n"))
                    .append('\n');
        }
        write("blt.properties", all.toString());
        assertFalse(Templates.load(Optional.of(dir)).isDraft(Language.BLT));

        write("blt.properties", "_status = reviewed\nkiosk.title = Hong hian\n");
        assertTrue(Templates.load(Optional.of(dir)).isDraft(Language.BLT));
    }

    @Test
    void theFileFormatAllowsWhatEditorsWrite() throws IOException {
        byte[] text = ("\uFEFF# saved by Notepad\r\n"
                + "! also a comment\r\n"
                + "\r\n"
                + "   kiosk.title=Trung tâm \\\r\n"
                + "       học tập\r\n"
                + "kiosk.no_session : Chưa có lớp.\\nMời quay lại sau.   \r\n"
                + "kiosk.learners = \\u0048ọc viên \\= \\# \\\\\r\n").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("vi.properties"), text);
        Templates templates = Templates.load(Optional.of(dir));
        assertEquals("Trung tâm học tập", templates.render("kiosk.title", Language.VI));
        assertEquals("Chưa có lớp.\nMời quay lại sau.", templates.render("kiosk.no_session", Language.VI));
        assertEquals("Học viên = # \\", templates.render("kiosk.learners", Language.VI));
    }

    @Test
    void aMissingFolderOrFileLeavesTheBuiltInTexts() throws IOException {
        Templates none = Templates.load(Optional.of(dir.resolve("no-such-folder")));
        assertEquals(BUILT_IN.render("kiosk.title", Language.VI), none.render("kiosk.title", Language.VI));
        write("VI.txt", "kiosk.title = ignored\n");
        Templates other = Templates.load(Optional.of(dir));
        assertEquals(BUILT_IN.render("kiosk.title", Language.VI), other.render("kiosk.title", Language.VI));
    }

    @Test
    void aLineWithoutAnEqualsSignIsReportedWithItsFileAndLine() throws IOException {
        write("hnj.properties", "# comment\nkiosk.title = Chaw kawm\nkiosk.learners Cov neeg kawm\n");
        TemplateFileException e = assertMalformed("hnj.properties", 3);
        assertTrue(e.getMessage().contains("kiosk.learners Cov neeg kawm"), e.getMessage());
    }

    @Test
    void aTextWithoutAKeyIsReported() throws IOException {
        write("vi.properties", "kiosk.title = Trung tâm\nĐã ghi nhận: {activities}\n");
        assertMalformed("vi.properties", 2);
    }

    @Test
    void aPlaceholderTheKeyDoesNotHaveIsReported() throws IOException {
        write("blt.properties", "\n\nsms.recorded = Ghi nhan: {activity}. Khop chai {household}!\n");
        TemplateFileException e = assertMalformed("blt.properties", 3);
        assertTrue(e.getMessage().contains("{activity}") && e.getMessage().contains("{activities}"),
                e.getMessage());
    }

    @Test
    void aPlaceholderInATextWithoutPlaceholdersIsReported() throws IOException {
        write("vi.properties", "kiosk.title = Trung tâm {commune}\n");
        assertMalformed("vi.properties", 1);
    }

    @Test
    void strayBracesAreReported() throws IOException {
        write("vi.properties", "sms.recorded = Đã ghi nhận: {activities. Cảm ơn!\n");
        assertMalformed("vi.properties", 1);
        write("vi.properties", "kiosk.title = Trung tâm }\n");
        assertMalformed("vi.properties", 1);
        write("vi.properties", "kiosk.title = Trung tâm {}\n");
        assertMalformed("vi.properties", 1);
    }

    @Test
    void badEscapesAreReported() throws IOException {
        write("vi.properties", "kiosk.title = C:\\data\\kiosk\n");
        assertMalformed("vi.properties", 1);
        write("vi.properties", "a = b\nkiosk.title = \\u00G1\n");
        assertMalformed("vi.properties", 2);
    }

    @Test
    void aKeyTwiceIsReportedWithBothLines() throws IOException {
        write("vi.properties", "kiosk.title = A\nkiosk.learners = B\nkiosk.title = C\n");
        TemplateFileException e = assertMalformed("vi.properties", 3);
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void anEmptyTextIsReported() throws IOException {
        write("vi.properties", "kiosk.title =   \n");
        assertMalformed("vi.properties", 1);
    }

    @Test
    void aFileNotInUtf8IsReportedAtItsFirstBadLine() throws IOException {
        byte[] latin1 = "kiosk.title = Trung tam\nkiosk.learners = H\u00F4c vi\u00EAn\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("vi.properties"), latin1);
        TemplateFileException e = assertMalformed("vi.properties", 2);
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    private TemplateFileException assertMalformed(String file, int line) {
        TemplateFileException e = assertThrows(TemplateFileException.class, () -> Templates.load(Optional.of(dir)));
        assertEquals(dir.resolve(file).toString(), e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve(file) + ", line " + line + ": "), e.getMessage());
        return e;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> placeholders() {
        Map<String, String> values = new java.util.HashMap<>();
        for (String name : List.of("activities", "household", "code", "closest", "topic", "name", "year", "count",
                "current", "member", "total", "unknown", "time", "minutes", "closed", "from", "to", "folder", "stick", "reason", "card",
                "percent", "batches", "records", "maximum", "short", "title", "indicator", "max", "role", "pass", "points", "by", "result", "at", "queued",
                "optedOut", "noPhone", "alreadySent", "codes", "fact", "value", "atLeast", "commune", "base", "missing", "messages", "segments", "cost", "atGoal", "overLimit",
                "when", "kind", "state", "activity",
                "target")) {
            values.put(name, "{" + name + "}");
        }
        return values;
    }
}
