package org.hoctap.shared.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesTest {
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;
    private Database db;

    private final AdminUnit province = new AdminUnit(Ids.newId(), "11", "tỉnh Điện Biên", AdminLevel.PROVINCE,
            Optional.empty(), LocalDate.of(2004, 1, 1), Optional.empty());
    private final AdminUnit district = new AdminUnit(Ids.newId(), "990", "huyện Nậm Khum", AdminLevel.DISTRICT,
            Optional.of(province.id()), LocalDate.of(2004, 1, 1), Optional.of(MERGER));
    private final AdminUnit oldA = commune("99001", "xã Quài Nọi", district, LocalDate.of(2004, 1, 1), MERGER);
    private final AdminUnit oldB = commune("99002", "xã Chiềng Pan", district, LocalDate.of(2004, 1, 1), MERGER);
    private final AdminUnit merged = commune("99010", "xã Quài Chiềng", province, MERGER, null);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("test.db"));
        db.write(c -> {
            for (AdminUnit unit : List.of(province, district, oldA, oldB, merged)) {
                Places.insert(c, unit);
            }
            Places.addPredecessor(c, merged.id(), oldB.id());
            Places.addPredecessor(c, merged.id(), oldA.id());
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void adminUnitsRoundTripWithAndWithoutOptionalFields() {
        for (AdminUnit unit : List.of(province, district, oldA, merged)) {
            assertEquals(Optional.of(unit), db.read(c -> Places.adminUnit(c, unit.id())));
        }
        assertEquals(Optional.empty(), db.read(c -> Places.adminUnit(c, "no such unit")));
    }

    @Test
    void aMergedCommuneKnowsItsPredecessors() {
        List<String> expected = List.of(oldA.id(), oldB.id()).stream().sorted().toList();
        assertEquals(expected, db.read(c -> Places.predecessors(c, merged.id())));
        assertEquals(List.of(), db.read(c -> Places.predecessors(c, oldA.id())));
    }

    @Test
    void validityIsHalfOpen() {
        assertTrue(oldA.validOn(MERGER.minusDays(1)));
        assertFalse(oldA.validOn(MERGER));
        assertTrue(merged.validOn(MERGER));
        assertFalse(merged.validOn(MERGER.minusDays(1)));
        assertTrue(province.validOn(LocalDate.of(2100, 1, 1)));
    }

    @Test
    void centresAndTheirVillages() {
        Centre centre = new Centre(Ids.newId(), "QC", "Trung tâm học tập cộng đồng xã Quài Chiềng",
                merged.id());
        Village b = new Village(Ids.newId(), merged.id(), "Bản Phiêng Lơi");
        Village a = new Village(Ids.newId(), merged.id(), "Bản Co Muông");
        Village elsewhere = new Village(Ids.newId(), oldA.id(), "Bản Cũ");
        db.write(c -> {
            Places.insert(c, centre);
            Places.insert(c, b);
            Places.insert(c, a);
            Places.insert(c, elsewhere);
            return null;
        });
        assertEquals(List.of(centre), db.read(Places::centres));
        assertEquals(Optional.of(centre), db.read(c -> Places.centreByCode(c, "QC")));
        assertEquals(Optional.empty(), db.read(c -> Places.centreByCode(c, "XX")));
        assertEquals(List.of(a, b), db.read(c -> Places.villagesOfCentre(c, centre.id())));
    }

    @Test
    void aCentreCodeIsUniqueAndAVillageNeedsItsCommune() {
        db.write(c -> {
            Places.insert(c, new Centre(Ids.newId(), "QC", "A", merged.id()));
            return null;
        });
        assertThrows(StoreException.class, () -> db.write(c -> {
            Places.insert(c, new Centre(Ids.newId(), "QC", "B", merged.id()));
            return null;
        }));
        assertThrows(StoreException.class, () -> db.write(c -> {
            Places.insert(c, new Village(Ids.newId(), "no such commune", "Bản Ma"));
            return null;
        }));
    }

    private static AdminUnit commune(String code, String name, AdminUnit parent, LocalDate from, LocalDate to) {
        return new AdminUnit(Ids.newId(), code, name, AdminLevel.COMMUNE, Optional.of(parent.id()), from,
                Optional.ofNullable(to));
    }
}
