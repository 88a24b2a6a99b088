package org.hoctap.gateway.titles.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hoctap.gateway.titles.TitlesFixture;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationImportTest {
    private static final String LIST = """
            \uFEFFtitle,household,member,village,name
            Gia đình học tập,MK0001,,,
            CITIZEN,mk-0001,1,,
            CDHT,MK0001,7,,
            GUESS,MK0001,,,
            Cộng đồng học tập,,,Bản Khong,
            Dòng họ học tập,,,Bản Khong,"Họ Lò, chi 2"
            UNIT,,,Bản Không Có,Trường tiểu học
            FAMILY,QC9999,,,
            """;

    @TempDir
    Path dir;

    private TitlesFixture fixture;

    @BeforeEach
    void open() {
        fixture = new TitlesFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RegistrationImport.Result importList(String list) {
        return importList(list, 2026);
    }

    private RegistrationImport.Result importList(String list, int year) {
        return fixture.db.write(c -> {
            try {
                return RegistrationImport.apply(c, new StringReader(list), year, RuleSets.shipped(), Instant.now(),
                        "import");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void goodLinesAreRegisteredAndEachBadOneIsNamedByItsLineWithWhy() {
        RegistrationImport.Result result = importList(LIST);
        assertEquals(4, result.registered());
        assertEquals(List.of(
                new RegistrationImport.Problem(4, "household MK0001 has no member 7"),
                new RegistrationImport.Problem(5, "no title 'GUESS': FAMILY, CITIZEN, COMMUNITY, CLAN or UNIT (or Gia đình "
                        + "học tập, Công dân học tập, Cộng đồng học tập, Dòng họ học tập, Đơn vị học tập)"),
                new RegistrationImport.Problem(8, "no village 'Bản Không Có'"),
                new RegistrationImport.Problem(9, "no household QC9999")), result.problems());
        assertEquals("Họ Lò, chi 2", fixture.db.read(c -> Jdbc.one(c,
                "SELECT name FROM title_registration WHERE title = 'CLAN'", row -> row.getString(1))).orElseThrow());
    }

    @Test
    void importingTheSameListAgainRegistersNothingTwice() {
        importList(LIST);
        RegistrationImport.Result again = importList(LIST);
        assertEquals(0, again.registered());
        assertEquals(4, again.already());
        assertEquals(4L, (long) fixture.db.read(c -> Jdbc.count(c, "SELECT count(*) FROM title_registration")));
    }

    @Test
    void aTitleNoRuleSetCoversInTheYearIsRefusedButOneStillToBeConfiguredIsTaken() {
        RegistrationImport.Result result = importList("""
                title,household,member,village,name
                CDHT,MK0001,1,,
                GDHT,MK0001,,,
                Dòng họ học tập,,,Bản Khong,Họ Lò
                """, 2021);
        assertEquals(2, result.registered(), "the family's criteria cover 2021, and the clan's (to be configured)");
        assertEquals(List.of(new RegistrationImport.Problem(2,
                "no rule set for CITIZEN covers 2021 (the \"titles rules\" command lists those in force)")),
                result.problems());
        assertEquals(0L, (long) fixture.db.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM title_registration WHERE title = 'CITIZEN'")));
    }

    @Test
    void aListWithoutItsHeaderLineIsRefusedWhole() {
        RegistrationImport.Result result = importList("FAMILY,MK0001\n");
        assertEquals(0, result.registered());
        assertEquals(1, result.problems().size());
        assertEquals(1, result.problems().get(0).line());
    }
}
