package org.hoctap.shared.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoctap.shared.places.AdminLevel;
import org.hoctap.shared.places.AdminUnit;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.places.Village;
import org.hoctap.shared.titles.AreaType;

/**
 * The places of the sample: the real province of Điện Biên and a fictional commune formed on
 * 1 July 2025 by merging two fictional communes of a fictional (now abolished) district, with its
 * villages and its learning centre. Fictional codes are in the unused 99xxx range.
 */
final class SampleCommune {
    static final String HOUSEHOLD_PREFIX = "QC";
    static final String CENTRE_CODE = "QC";
    private static final String COMMUNE_NAME = "xã Quài Chiềng";
    private static final LocalDate PROVINCE_FROM = LocalDate.of(2004, 1, 1);
    private static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);

    /** Villages in household-code order; their household counts add up to 300. */
    static final List<VillagePlan> VILLAGES = List.of(
            new VillagePlan("Bản Phiêng Lơi", 62, 10, 90, 0),
            new VillagePlan("Bản Co Muông", 55, 10, 80, 10),
            new VillagePlan("Bản Huổi Lóng", 48, 0, 5, 95),
            new VillagePlan("Bản Nậm Chim", 52, 0, 10, 90),
            new VillagePlan("Bản Pá Sáng", 45, 0, 60, 40),
            new VillagePlan("Thôn Tân Lập", 38, 85, 15, 0));

    /** What the households are attached to. */
    record Inserted(Centre centre, List<Village> villages) {
    }

    private SampleCommune() {
    }

    static Inserted insert(Connection c, SampleIds ids) throws SQLException {
        AdminUnit province = unit(ids, "11", "tỉnh Điện Biên", AdminLevel.PROVINCE, null, PROVINCE_FROM, null);
        AdminUnit district = unit(ids, "990", "huyện Nậm Khum", AdminLevel.DISTRICT, province, PROVINCE_FROM,
                MERGED_ON);
        AdminUnit oldQuai = unit(ids, "99001", "xã Quài Nọi", AdminLevel.COMMUNE, district, PROVINCE_FROM,
                MERGED_ON);
        AdminUnit oldChieng = unit(ids, "99002", "xã Chiềng Pan", AdminLevel.COMMUNE, district, PROVINCE_FROM,
                MERGED_ON);
        AdminUnit commune = unit(ids, "99010", COMMUNE_NAME, AdminLevel.COMMUNE, province, MERGED_ON, null);
        for (AdminUnit unit : List.of(province, district, oldQuai, oldChieng, commune)) {
            Places.insert(c, unit);
        }
        // A highland commune of ethnic minorities: the lower pass marks apply.
        Places.setAreaType(c, commune.id(), AreaType.DISADVANTAGED);
        Places.addPredecessor(c, commune.id(), oldQuai.id());
        Places.addPredecessor(c, commune.id(), oldChieng.id());

        Centre centre = new Centre(ids.next(), CENTRE_CODE, "Trung tâm học tập cộng đồng " + COMMUNE_NAME,
                commune.id());
        Places.insert(c, centre);
        List<Village> villages = new ArrayList<>();
        for (VillagePlan plan : VILLAGES) {
            Village village = new Village(ids.next(), commune.id(), plan.name());
            Places.insert(c, village);
            villages.add(village);
        }
        return new Inserted(centre, List.copyOf(villages));
    }

    private static AdminUnit unit(SampleIds ids, String code, String name, AdminLevel level, AdminUnit parent,
            LocalDate from, LocalDate to) {
        return new AdminUnit(ids.next(), code, name, level, Optional.ofNullable(parent).map(AdminUnit::id), from,
                Optional.ofNullable(to));
    }
}
