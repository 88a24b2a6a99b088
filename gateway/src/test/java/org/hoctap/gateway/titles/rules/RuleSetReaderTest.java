package org.hoctap.gateway.titles.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.hoctap.shared.titles.TitleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetReaderTest {
    private static final String SMALL = """
            {"id": "gdht-tinh", "version": 2, "title": "FAMILY", "legalBasis": "QĐ của tỉnh",
             "years": {"from": 2026}, "names": {"vi": "Gia đình học tập"},
             "passMark": {"normal": 6},
             "criteria": [{"code": "1", "names": {"vi": "Đọc"}, "indicators": [
               {"code": "1.1", "names": {"vi": "đọc sách báo"}, "points": 10,
                "evidence": {"kind": "activities", "codes": [12], "steps": [{"atLeast": 12, "points": 10}]}}]}]}
            """;

    @Test
    void everyShippedRuleSetLoadsWithItsLegalBasis() {
        RuleSets shipped = RuleSets.shipped();
        for (TitleKind title : TitleKind.values()) {
            RuleSet rules = shipped.forTitle(title, 2026).orElseThrow(() -> new AssertionError("no rules for " + title));
            assertFalse(rules.legalBasis().isBlank());
        }
        RuleSet citizen = shipped.forTitle(TitleKind.CITIZEN, 2026).orElseThrow();
        assertEquals(List.of(4, 4, 2), citizen.criteria().stream().map(c -> c.indicators().size()).toList());
        assertTrue(citizen.criteria().stream().flatMap(c -> c.indicators().stream()).allMatch(i -> i.points() == 10));
        assertEquals(3, citizen.groups().size());
        assertEquals(OptionalInt.of(5), citizen.indicatorFloor());
        assertEquals(List.of("TOT", "KHA", "TRUNG_BINH", "CHUA_DAT"),
                shipped.forTitle(TitleKind.UNIT, 2026).orElseThrow().bands().stream().map(Band::code).toList());
        assertEquals("Tốt", shipped.forTitle(TitleKind.UNIT, 2026).orElseThrow().bandOf(85).orElseThrow().names()
                .in(org.hoctap.shared.text.Language.VI));
        assertEquals("Khá", shipped.forTitle(TitleKind.UNIT, 2026).orElseThrow().bandOf(84).orElseThrow().names()
                .in(org.hoctap.shared.text.Language.VI));
        assertTrue(shipped.forTitle(TitleKind.CITIZEN, 2021).isEmpty(), "the citizen's criteria start in 2022");
    }

    @Test
    void everyProblemOfAFileIsNamedWithItsPlace() {
        String bad = """
                {"id": "Bad Id", "version": 0, "title": "FAMLY", "years": {"from": 2026},
                 "names": {"en": "Family"}, "passMark": {"normal": 200}, "colour": "red",
                 "criteria": [{"code": "1", "names": {"vi": "Đọc"}, "indicators": [
                   {"code": "1.1", "names": {"vi": "đọc"}, "points": 10,
                    "evidence": {"kind": "activities", "codes": [7], "steps": [{"atLeast": 12, "points": 11}]}},
                   {"code": "1.1", "names": {"vi": "nghe"}, "points": "ten", "evidence": {"kind": "guess"}}]}]}
                """;
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("tinh.json", bad.getBytes(StandardCharsets.UTF_8)));
        List<String> problems = e.problems();
        assertContains(problems, "id: use lower-case letters");
        assertContains(problems, "version: 0 is out of range");
        assertContains(problems, "title: 'FAMLY' is not one of FAMILY, CLAN, COMMUNITY, UNIT, CITIZEN");
        assertContains(problems, "legalBasis: missing");
        assertContains(problems, "names.en: not a language here");
        assertContains(problems, "names: needs the Vietnamese name");
        assertContains(problems, "colour: unknown field");
        assertContains(problems, "criteria[0].indicators[0].evidence.codes[0]: must be a whole number from 10 to 99");
        assertContains(problems, "criteria[0].indicators[0].evidence.steps[0].points: 11 is out of range (0 to 10)");
        assertContains(problems, "criteria[0].indicators[1].code: '1.1' is used twice");
        assertContains(problems, "criteria[0].indicators[1].points: must be a whole number");
        assertContains(problems, "criteria[0].indicators[1].evidence.kind: 'guess' is not one of");
        assertTrue(e.getMessage().startsWith("tinh.json: "));
    }

    @Test
    void aPassMarkAboveWhatTheIndicatorsGiveIsRefused() {
        String tooHigh = SMALL.replace("\"normal\": 6", "\"normal\": 11");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("x.json", tooHigh.getBytes(StandardCharsets.UTF_8)));
        assertContains(e.problems(), "passMark: higher than the 10 points the indicators add up to");
    }

    @Test
    void aConfiguredTitleWithBandsButNoPassMarkIsRefused() {
        String bandsOnly = SMALL.replace("\"passMark\": {\"normal\": 6},", """
                "bands": [{"code": "TOT", "from": 8, "names": {"vi": "Tốt"}},
                          {"code": "CHUA_DAT", "from": 0, "names": {"vi": "Chưa đạt"}}],""");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("x.json", bandsOnly.getBytes(StandardCharsets.UTF_8)));
        assertContains(e.problems(), "passMark: missing: without a pass mark nobody can ever achieve");
    }

    @Test
    void aFloorAboveAnIndicatorsPointsIsRefused() {
        String floorTooHigh = SMALL.replace("\"passMark\"", "\"indicatorFloor\": 11, \"passMark\"");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("x.json", floorTooHigh.getBytes(StandardCharsets.UTF_8)));
        assertContains(e.problems(), "indicatorFloor: 11 is more than indicator 1.1 gives: nobody can ever achieve");
    }

    @Test
    void aFactCodeStaffCouldNotRecordIsRefusedWithItsPlace() {
        String facts = SMALL.replace("""
                {"kind": "activities", "codes": [12], "steps": [{"atLeast": 12, "points": 10}]}""", """
                {"kind": "fact", "fact": "adult-literacy", "steps": [{"atLeast": 1, "points": 10}]}""");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("x.json", facts.getBytes(StandardCharsets.UTF_8)));
        assertContains(e.problems(), "criteria[0].indicators[0].evidence.fact: 'adult-literacy' is not a fact code");

        String score = SMALL.replace("""
                {"kind": "activities", "codes": [12], "steps": [{"atLeast": 12, "points": 10}]}""",
                "{\"kind\": \"score\", \"fact\": \"1_NUMERACY\"}");
        e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("x.json", score.getBytes(StandardCharsets.UTF_8)));
        assertContains(e.problems(), "criteria[0].indicators[0].evidence.fact: '1_NUMERACY' is not a fact code");
    }

    @Test
    void brokenJsonSaysSo() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetReader.read("x.json", "{\"id\": ".getBytes(StandardCharsets.UTF_8)));
        assertContains(e.problems(), "not valid JSON");
    }

    @Test
    void anAdministratorsFileReplacesTheShippedOneAndANewerPeriodWins(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("gia-dinh.json"), "\uFEFF" + SMALL); // saved by Notepad, with a BOM
        RuleSets loaded = RuleSets.load(data);
        RuleSet family2026 = loaded.forTitle(TitleKind.FAMILY, 2026).orElseThrow();
        assertEquals("gdht-tinh@2", family2026.label());
        assertEquals(OptionalInt.of(6), family2026.passMarks().map(p -> OptionalInt.of(p.normal())).orElseThrow());
        assertEquals("gdht-2016", loaded.forTitle(TitleKind.FAMILY, 2025).orElseThrow().id(),
                "the shipped set still covers the years before the province's");
        assertEquals(64, family2026.digest().length());

        Files.writeString(data.resolve("gia-dinh.json"), SMALL.replace("\"gdht-tinh\"", "\"gdht-2016\""));
        assertEquals(1, RuleSets.load(data).all().stream().filter(r -> r.title() == TitleKind.FAMILY).count(),
                "a file with a shipped set's id replaces it");
    }

    @Test
    void aBadAdministratorsFileStopsTheLoadNamingTheFile(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("tinh.json"), SMALL.replace("\"points\": 10,", "\"points\": -1,"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSets.load(data));
        assertEquals("tinh.json", e.source());
        assertContains(e.problems(), "criteria[0].indicators[0].points: -1 is out of range");
    }

    private static void assertContains(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                () -> "expected a problem containing '" + expected + "' among:\n  " + String.join("\n  ", problems));
    }
}
