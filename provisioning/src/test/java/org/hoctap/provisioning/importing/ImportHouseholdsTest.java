package org.hoctap.provisioning.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A commune's list with the mistakes real lists have, in the encodings they come in. */
class ImportHouseholdsTest {
    /** A new household of three, a phone for its head, and seven lines with something wrong. */
    private static final String LIST = """
            Mã hộ,Thôn,Ngôn ngữ,Số thành viên,Họ và tên,Giới tính,Năm sinh,Dân tộc,Nhóm,Số điện thoại
            QC9001,Bản Phiêng Lơi,Thái,1,Lò Văn Pánh,Nam,1975,Thái,nông dân,0912 555 001
            QC9001,,,2,Lường Thị Ỉn,Nữ,1979,Thái,,
            QC9001,,,3,Lò Thị Bua,Nữ,2010,Thái,,
            QC9002,Bản Không Có,,1,Vì Văn Tà,Nam,1980,,,
            QC9001,,,4,Lò Văn Nhất,Nam,1999,,,12345
            QC9001,,,2,Lường Thị Ỉn,Nữ,1979,Thái,,
            QC9001,,,5,Lò Thị Bua,Nữ,2010,,,
            QC9001,,,6,Lò Văn Sáu,X,2001,,,
            ,,,1,Không Mã,Nam,1990,,,
            QC9001,,,7,Lò Văn Bảy,Nam,1889,,,
            """;

    @TempDir
    Path dir;

    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() {
        data = dir.resolve("gateway");
        SeededDatabase.create(data).close();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private long persons(String household) {
        try (Database db = Database.open(data.resolve("hoctap.db"))) {
            return db.read(c -> Jdbc.count(c, """
                    SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.code = ?""",
                    household));
        }
    }

    private void assertTheListsProblems() {
        List<String> expected = List.of(
                "list.csv:5: no village 'Bản Không Có'",
                "list.csv:6: '12345' is not a Vietnamese mobile number",
                "list.csv:7: member 2 of QC9001 is already on line 3",
                "list.csv:8: the same person (Lò Thị Bua) is already on line 4",
                "list.csv:9: the sex must be F/Nữ or M/Nam, not 'X'",
                "list.csv:10: the household's code is missing",
                "list.csv:11: '1889' is not a birth year");
        for (String line : expected) {
            assertTrue(err.toString().contains(line), "expected '" + line + "' in:\n" + err);
        }
    }

    @Test
    void aListInUtf8WithABomGoesInExceptItsBadLinesEachNamed() throws Exception {
        Path list = dir.resolve("list.csv");
        Files.write(list, ("\uFEFF" + LIST).getBytes(StandardCharsets.UTF_8));
        assertEquals(1, run("households", list.toString(), "--data-dir", data.toString()));
        assertTheListsProblems();
        assertTrue(out.toString().startsWith("Added 1 household(s) and 3 person(s), updated 0, 0 unchanged, "
                + "1 phone(s) registered; 7 line(s) with problems."), out.toString());
        assertEquals(3, persons("QC9001"));
        try (Database db = Database.open(data.resolve("hoctap.db"))) {
            assertEquals("QC9001", db.read(c -> People.household(c, People.phone(c, "+84912555001").orElseThrow()
                    .householdId())).orElseThrow().code());
            assertEquals("THAI", db.read(c -> Jdbc.one(c, """
                    SELECT p.ethnicity FROM person p JOIN household h ON h.id = p.household_id
                    WHERE h.code = 'QC9001' AND p.member_no = 1""", row -> row.getString(1))).orElseThrow(),
                    "Thái is stored as the code the rest of the data uses");
        }

        StringWriter before = new StringWriter();
        before.write(out.toString());
        out.getBuffer().setLength(0);
        run("households", list.toString(), "--data-dir", data.toString());
        assertTrue(out.toString().startsWith("Added 0 household(s) and 0 person(s), updated 0, 3 unchanged, "
                + "0 phone(s) registered"), "the same list again changes nothing: " + out);
    }

    @Test
    void aLineWhosePhoneIsAnotherHouseholdsLeavesNoHouseholdOrPersonBehind() throws Exception {
        String taken;
        try (Database db = Database.open(data.resolve("hoctap.db"))) {
            taken = SeededDatabase.samplePhone(db);
        }
        Path list = dir.resolve("list.csv");
        Files.writeString(list, """
                Mã hộ,Thôn,Số thành viên,Họ và tên,Giới tính,Số điện thoại
                QC9101,Bản Phiêng Lơi,1,Lò Văn Một,Nam,%s
                """.formatted(taken));
        assertEquals(1, run("households", list.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("list.csv:2: phone "), err.toString());
        assertTrue(out.toString().startsWith("Added 0 household(s) and 0 person(s)"), out.toString());
        assertEquals(0, persons("QC9101"));
        try (Database db = Database.open(data.resolve("hoctap.db"))) {
            assertTrue(db.read(c -> People.householdByCode(c, "QC9101")).isEmpty(), "no household without its line");
        }

        Files.writeString(list, """
                Mã hộ,Thôn,Số thành viên,Họ và tên,Giới tính,Số điện thoại
                QC9101,Bản Phiêng Lơi,1,Lò Văn Một,Nam,%s
                QC9101,Bản Phiêng Lơi,1,Lò Văn Một,Nam,
                """.formatted(taken));
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run("households", list.toString(), "--data-dir", data.toString());
        assertTrue(out.toString().startsWith("Added 1 household(s) and 1 person(s)"),
                "the line written again without the phone goes in: " + out + err);
    }

    @Test
    void anEmptyCellKeepsWhatIsKnownWhileAChangedNameIsTaken() throws Exception {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, """
                Mã hộ,Thôn,Số thành viên,Họ và tên,Giới tính,Năm sinh,Nhóm
                QC9201,Bản Phiêng Lơi,1,Lò Văn Pánh,Nam,1975,cán bộ
                """);
        assertEquals(0, run("households", list.toString(), "--data-dir", data.toString()), err.toString());
        Files.writeString(list, """
                Mã hộ,Thôn,Số thành viên,Họ và tên,Giới tính,Năm sinh,Nhóm
                QC9201,Bản Phiêng Lơi,1,Lò Văn Phánh,Nam,,
                """);
        out.getBuffer().setLength(0);
        assertEquals(0, run("households", list.toString(), "--data-dir", data.toString()), err.toString());
        assertTrue(out.toString().contains("updated 1"), out.toString());
        try (Database db = Database.open(data.resolve("hoctap.db"))) {
            assertEquals("Lò Văn Phánh|1975|OFFICIAL", db.read(c -> Jdbc.one(c, """
                    SELECT p.full_name || '|' || p.birth_year || '|' || p.citizen_group FROM person p
                    JOIN household h ON h.id = p.household_id WHERE h.code = 'QC9201'""", row -> row.getString(1)))
                    .orElseThrow());
        }
    }

    @Test
    void aListSavedByVietnameseWindowsIsReadAsWindows1258AndSaysSo() throws Exception {
        Path list = dir.resolve("list.csv");
        Files.write(list, windows1258(LIST));
        run("households", list.toString(), "--data-dir", data.toString());
        assertTrue(err.toString().contains("list.csv: not UTF-8: read as Windows-1258"), err.toString());
        assertTheListsProblems();
        try (Database db = Database.open(data.resolve("hoctap.db"))) {
            assertEquals(1L, (long) db.read(c -> Jdbc.count(c,
                    "SELECT count(*) FROM person WHERE full_name = 'Lường Thị Ỉn'")), "the names came out right");
        }
    }

    /**
     * Text as Vietnamese Windows saves it: letters with their shape marks precomposed (â ê ô ă ơ ư đ),
     * tone marks as combining characters after them.
     */
    private static byte[] windows1258(String text) {
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        StringBuilder out = new StringBuilder();
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        int i = 0;
        while (i < decomposed.length()) {
            StringBuilder base = new StringBuilder().append(decomposed.charAt(i++));
            StringBuilder tone = new StringBuilder();
            while (i < decomposed.length() && Character.getType(decomposed.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = decomposed.charAt(i++);
                (tones.indexOf(mark) >= 0 ? tone : base).append(mark);
            }
            out.append(java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndChangesNothing() throws Exception {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, LIST);
        run("households", list.toString(), "--data-dir", data.toString(), "--dry-run");
        assertTrue(out.toString().startsWith("Would add 1 household(s) and 3 person(s)"), out.toString());
        assertEquals(0, persons("QC9001"));
    }

    @Test
    void anExcelWorkbookIsReadLikeACsv() throws Exception {
        Path book = dir.resolve("list.xlsx");
        try (OutputStream stream = Files.newOutputStream(book)) {
            Workbook workbook = new Workbook(stream, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Hộ");
            List<String> lines = LIST.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int col = 0; col < cells.length; col++) {
                    if (r > 0 && col == 6 && !cells[col].isEmpty()) {
                        sheet.value(r, col, Integer.parseInt(cells[col])); // a number, as Excel keeps years
                    } else {
                        sheet.value(r, col, cells[col]);
                    }
                }
            }
            workbook.finish();
        }
        run("households", book.toString(), "--data-dir", data.toString());
        assertEquals(3, persons("QC9001"));
        assertTrue(err.toString().contains("list.xlsx:9: the sex must be F/Nữ or M/Nam, not 'X'"), err.toString());
    }

    @Test
    void anOldExcelFileOrAMissingOneIsRefusedSayingWhatToDo() throws Exception {
        Path xls = dir.resolve("list.xls");
        Files.writeString(xls, "binary");
        assertEquals(1, run("households", xls.toString(), "--data-dir", data.toString()));
        assertTrue(err.toString().contains("save it as .xlsx or CSV UTF-8"), err.toString());
        assertEquals(1, run("households", dir.resolve("nothing.csv").toString(), "--data-dir", data.toString()));
    }
}
