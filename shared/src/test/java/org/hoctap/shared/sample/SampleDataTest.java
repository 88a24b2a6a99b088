package org.hoctap.shared.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataTest {
    private static final Pattern E164_VN = Pattern.compile("\\+84[1-9]\\d{8}");
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    private Database db;
    private SampleSummary summary;

    @BeforeAll
    void seed(@TempDir Path dir) {
        db = Database.open(dir.resolve("seeded.db"));
        summary = SampleData.seed(db);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void countsAreThoseOfASmallHighlandCommune() {
        assertEquals("QC", summary.centreCode());
        assertEquals(6, summary.villages());
        assertInRange(summary.households(), 280, 320, "households");
        assertInRange(summary.persons(), 1_050, 1_350, "persons");
        assertInRange(summary.topics(), 10, 14, "topics");
        assertInRange(summary.phones(), summary.households() * 9 / 10, summary.households() * 12 / 10, "phones");
        assertEquals(summary.villages(), count("SELECT count(*) FROM village"));
        assertEquals(summary.persons(), count("SELECT count(*) FROM person"));
        assertEquals(summary.cards(), count("SELECT count(*) FROM card"));
        assertEquals(12, count("SELECT count(*) FROM activity_type"), "the catalogue is the migration's");
    }

    @Test
    void theSameSeedGivesTheSameDatabaseAndAnotherSeedAnotherOne(@TempDir Path other) {
        List<String> first = TableDump.of(db);
        try (Database again = Database.open(other.resolve("again.db"));
                Database different = Database.open(other.resolve("different.db"))) {
            assertEquals(summary, SampleData.seed(again, SampleData.DEFAULT_SEED));
            assertEquals(first, TableDump.of(again));
            SampleSummary differentSummary = SampleData.seed(different, 42);
            List<String> differentDump = TableDump.of(different);
            assertNotEquals(first, differentDump);
            assertNotEquals(summary.examplePhones(), differentSummary.examplePhones());
            assertNotEquals(names(db), names(different));
        }
        assertTrue(first.size() > 2_000, "rows: " + first.size());
    }

    @Test
    void seedingAgainChangesNothing() {
        List<String> before = TableDump.of(db);
        assertEquals(summary, SampleData.seed(db));
        assertEquals(summary, SampleData.seed(db, 7));
        assertEquals(before, TableDump.of(db));
        assertEquals(Optional.of(summary), SampleData.summary(db));
    }

    @Test
    void aDatabaseWithItsOwnCentreIsLeftAlone(@TempDir Path other) {
        try (Database own = Database.open(other.resolve("own.db"))) {
            assertEquals(Optional.empty(), SampleData.summary(own));
            AdminUnit commune = new AdminUnit("c1", "03100", "xã Thật", AdminLevel.COMMUNE, Optional.empty(),
                    MERGER, Optional.empty());
            own.write(c -> {
                Places.insert(c, commune);
                Places.insert(c, new Centre("ce1", "TT", "Trung tâm thật", commune.id()));
                return null;
            });
            SampleSummary left = SampleData.seed(own);
            assertEquals(new SampleSummary("ce1", "TT", 0, 0, 0, 0, 0, 0, List.of()), left);
        }
    }

    @Test
    void theCommuneWasFormedByMergingTwoCommunesOfAFormerDistrict() {
        Centre centre = db.read(c -> Places.centreByCode(c, "QC")).orElseThrow();
        assertEquals(summary.centreId(), centre.id());
        AdminUnit commune = db.read(c -> Places.adminUnit(c, centre.communeId())).orElseThrow();
        assertEquals(AdminLevel.COMMUNE, commune.level());
        assertEquals(MERGER, commune.validFrom());
        assertTrue(commune.validOn(LocalDate.of(2026, 1, 1)));
        AdminUnit province = db.read(c -> Places.adminUnit(c, commune.parentId().orElseThrow())).orElseThrow();
        assertEquals(List.of("11", "tỉnh Điện Biên", AdminLevel.PROVINCE),
                List.of(province.code(), province.name(), province.level()));
        List<String> predecessors = db.read(c -> Places.predecessors(c, commune.id()));
        assertEquals(2, predecessors.size());
        for (String id : predecessors) {
            AdminUnit old = db.read(c -> Places.adminUnit(c, id)).orElseThrow();
            assertEquals(Optional.of(MERGER), old.validTo());
            assertFalse(old.validOn(MERGER));
            AdminUnit district = db.read(c -> Places.adminUnit(c, old.parentId().orElseThrow())).orElseThrow();
            assertEquals(AdminLevel.DISTRICT, district.level());
            assertEquals(Optional.of(MERGER), district.validTo());
        }
        assertTrue(centre.name().startsWith("Trung tâm học tập cộng đồng xã "), centre.name());
    }

    @Test
    void householdCodesRunFromQc0001() {
        List<String> codes = db.read(c -> Jdbc.list(c, "SELECT code FROM household ORDER BY code",
                row -> row.getString(1)));
        assertTrue(codes.stream().allMatch(code -> code.matches("QC\\d{4}")), codes.toString());
        assertEquals("QC0001", codes.get(0));
        assertEquals(String.format("QC%04d", codes.size()), codes.get(codes.size() - 1));
    }

    @Test
    void everyPhoneIsAUniqueValidVietnameseMobileNumber() throws NumberParseException {
        List<String> phones = db.read(c -> Jdbc.list(c, "SELECT e164 FROM phone", row -> row.getString(1)));
        assertEquals(summary.phones(), phones.size());
        assertEquals(phones.size(), new HashSet<>(phones).size());
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (String phone : phones) {
            assertTrue(E164_VN.matcher(phone).matches(), phone);
            var number = util.parse(phone, "VN");
            assertTrue(util.isValidNumber(number), phone);
            assertEquals(PhoneNumberType.MOBILE, util.getNumberType(number), phone);
        }
        long withPhone = count("SELECT count(DISTINCT household_id) FROM phone");
        assertInRange(withPhone, summary.households() * 85 / 100, summary.households() * 97 / 100,
                "households with a phone");
        assertTrue(count("SELECT count(*) FROM phone WHERE person_id IS NOT NULL") > 20, "some phones are own");
        assertEquals(0, count("""
                SELECT count(*) FROM phone f JOIN person p ON p.id = f.person_id
                WHERE p.household_id <> f.household_id"""), "an own phone is a member's");
    }

    @Test
    void examplePhonesSpanVillagesAndLanguagesStartingWithVietnamese() {
        List<String> phones = summary.examplePhones();
        assertEquals(5, phones.size());
        assertEquals(5, new HashSet<>(phones).size());
        record Where(String village, String language, int optedOut) {
        }
        List<Where> where = phones.stream().map(phone -> db.read(c -> Jdbc.one(c, """
                SELECT h.village_id, h.language, p.opted_out FROM phone p JOIN household h ON h.id = p.household_id
                WHERE p.e164 = ?""", row -> new Where(row.getString(1), row.getString(2), row.getInt(3)), phone))
                .orElseThrow()).toList();
        assertEquals("vi", where.get(0).language());
        assertTrue(where.stream().allMatch(w -> w.optedOut() == 0));
        assertEquals(Set.of("vi", "blt", "hnj"), where.stream().map(Where::language).collect(Collectors.toSet()));
        assertEquals(5, where.stream().map(Where::village).distinct().count());
    }

    @Test
    void cardUidsAreUniqueUpperCaseHexOfPeopleAged15AndOver() {
        List<String> uids = db.read(c -> Jdbc.list(c, "SELECT uid FROM card", row -> row.getString(1)));
        assertTrue(uids.stream().allMatch(uid -> uid.matches("[0-9A-F]{8}")));
        assertEquals(uids.size(), new HashSet<>(uids).size());
        assertEquals(0, count("SELECT count(*) FROM card k JOIN person p ON p.id = k.person_id "
                + "WHERE 2025 - p.birth_year < 15"));
        long eligible = count("SELECT count(*) FROM person WHERE 2025 - birth_year >= 15");
        assertInRange(uids.size(), eligible / 2, eligible * 7 / 10, "cards");
    }

    @Test
    void namesAreVietnameseWithDiacriticsInNfc() {
        List<String> names = names(db);
        assertTrue(names.stream().allMatch(name -> Normalizer.isNormalized(name, Normalizer.Form.NFC)));
        assertTrue(names.stream().allMatch(name -> name.matches("\\p{Lu}\\p{L}* \\p{Lu}\\p{L}*( \\p{Lu}\\p{L}*)+")),
                "three capitalised words");
        long withDiacritics = names.stream().filter(name -> !name.chars().allMatch(ch -> ch < 128)).count();
        assertTrue(withDiacritics > names.size() * 9 / 10, withDiacritics + " of " + names.size());
        for (String example : List.of("Lò Văn ", "Giàng A ", "Nguyễn Văn ", " Thị ")) {
            assertTrue(names.stream().anyMatch(name -> name.contains(example)), example);
        }
    }

    @Test
    void householdsAreFamiliesOfTwoToSevenWithAgesThatFitTheirRoles() {
        assertEquals(0, count("""
                SELECT count(*) FROM (SELECT count(*) n FROM person GROUP BY household_id) WHERE n NOT BETWEEN 2 AND 7
                """));
        assertEquals(summary.households(), count("SELECT count(DISTINCT household_id) FROM person"));
        assertEquals(0, count("SELECT count(*) FROM person WHERE member_no = 1 AND 2025 - birth_year < 18"),
                "heads are adults");
        assertEquals(0, count("""
                SELECT count(*) FROM person p JOIN person head ON head.household_id = p.household_id
                AND head.member_no = 1 WHERE p.member_no > 1
                AND (p.birth_year - head.birth_year BETWEEN 7 AND 15
                     OR p.birth_year - head.birth_year BETWEEN -19 AND -3)
                """), "nobody is too young to be the head's spouse yet too old to be their child, or the like");
        assertEquals(0, count("SELECT count(*) FROM person WHERE birth_year NOT BETWEEN 1930 AND 2025"));
        assertEquals(0, count("""
                SELECT count(*) FROM person WHERE (citizen_group IS NOT NULL) <> (2025 - birth_year >= 18)"""),
                "adults, and only adults, have a citizen group");
        Map<String, Long> sexes = db.read(c -> Jdbc.list(c, "SELECT sex, count(*) FROM person GROUP BY sex",
                row -> Map.entry(row.getString(1), row.getLong(2)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertInRange(sexes.get("F"), summary.persons() * 4 / 10, summary.persons() * 6 / 10, "women");
    }

    @Test
    void peoplesAndLanguagesMix() {
        Map<String, Long> peoples = groupCount("SELECT ethnicity, count(*) FROM person GROUP BY 1");
        assertEquals(Set.of("KINH", "THAI", "HMONG"), peoples.keySet());
        assertTrue(peoples.get("THAI") > peoples.get("KINH") && peoples.get("HMONG") > peoples.get("KINH"));
        Map<String, Long> languages = groupCount("SELECT language, count(*) FROM household GROUP BY 1");
        assertEquals(Set.of("vi", "blt", "hnj"), languages.keySet());
        assertEquals(0, count("""
                SELECT count(*) FROM household h JOIN person p ON p.household_id = h.id AND p.member_no = 1
                WHERE p.ethnicity = 'KINH' AND h.language <> 'vi'"""), "Kinh households use Vietnamese");
        assertTrue(count("""
                SELECT count(*) FROM household h JOIN person p ON p.household_id = h.id AND p.member_no = 1
                WHERE p.ethnicity <> 'KINH' AND h.language = 'vi'""") > 0, "some Thái and Hmong choose Vietnamese");
        assertEquals(0, count("""
                SELECT count(*) FROM village v WHERE NOT EXISTS (SELECT 1 FROM household h WHERE h.village_id = v.id)
                """), "every village has households");
    }

    @Test
    void topicsHaveCodesNamesCategoriesAndPictograms() {
        List<List<String>> topics = db.read(c -> Jdbc.list(c, "SELECT code, name, category, pictogram FROM topic",
                row -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4))));
        assertEquals(summary.topics(), topics.size());
        for (List<String> topic : topics) {
            assertTrue(topic.get(0).matches("[A-Z]+"), topic.toString());
            assertTrue(topic.get(3).matches("[a-z]+"), topic.toString());
            assertFalse(topic.get(1).isBlank());
        }
        Set<String> pictograms = topics.stream().map(t -> t.get(3)).collect(Collectors.toSet());
        assertTrue(pictograms.containsAll(Set.of("rice", "maize", "pig", "health", "law", "abc", "language", "phone")),
                pictograms.toString());
    }

    private static List<String> names(Database db) {
        return db.read(c -> Jdbc.list(c, "SELECT full_name FROM person ORDER BY id", row -> row.getString(1)));
    }

    private long count(String sql) {
        return db.read(c -> Jdbc.count(c, sql));
    }

    private Map<String, Long> groupCount(String sql) {
        return db.read(c -> Jdbc.list(c, sql, row -> Map.entry(row.getString(1), row.getLong(2)))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void assertInRange(long value, long min, long max, String what) {
        assertTrue(value >= min && value <= max, what + " = " + value + ", expected " + min + "…" + max);
    }
}
