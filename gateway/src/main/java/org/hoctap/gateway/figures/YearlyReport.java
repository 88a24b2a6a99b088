package org.hoctap.gateway.figures;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.shared.titles.TitleKind;

/**
 * The yearly report the association sends to the province before 15 December: for each village of
 * the officer's communes, then for each commune as a whole, households and adults, registrations for
 * each title and those recognised, learner-turns and activities reported.
 */
public final class YearlyReport {
    public static final List<String> CODES = List.of("commune", "village", "households", "adults",
            "family_registered", "family_achieved", "citizen_registered", "citizen_achieved",
            "community_registered", "community_achieved", "clan_registered", "clan_achieved", "unit_registered",
            "unit_achieved", "learner_turns", "activities");
    private static final List<TitleKind> TITLES = List.of(TitleKind.FAMILY, TitleKind.CITIZEN, TitleKind.COMMUNITY,
            TitleKind.CLAN, TitleKind.UNIT);

    private YearlyReport() {
    }

    /**
     * Gives the rows to {@code sink}, cells in the order of {@link #CODES}; a commune's total row
     * follows its villages, with {@code wholeCommune} in the village column.
     */
    public static void rows(Connection c, CommuneScope scope, int year, String wholeCommune,
            Consumer<List<String>> sink) throws SQLException {
        Map<String, List<VillageFigures>> byCommune = new LinkedHashMap<>();
        VillageFigures.read(c, scope, year)
                .forEach(v -> byCommune.computeIfAbsent(v.communeId(), id -> new ArrayList<>()).add(v));
        for (List<VillageFigures> villages : byCommune.values()) {
            long[] total = new long[CODES.size() - 2];
            for (VillageFigures v : villages) {
                long[] cells = cells(v);
                for (int i = 0; i < cells.length; i++) {
                    total[i] += cells[i];
                }
                sink.accept(row(v.commune(), v.village(), cells));
            }
            sink.accept(row(villages.get(0).commune(), wholeCommune, total));
        }
    }

    private static long[] cells(VillageFigures v) {
        List<Long> cells = new ArrayList<>(List.of(v.households(), v.adults()));
        for (TitleKind title : TITLES) {
            cells.add(v.registered(title));
            cells.add(v.achieved(title));
        }
        cells.add(v.learnerTurns());
        cells.add(v.activities());
        return cells.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<String> row(String commune, String village, long[] numbers) {
        List<String> row = new ArrayList<>(CODES.size());
        row.add(commune);
        row.add(village);
        for (long n : numbers) {
            row.add(Long.toString(n));
        }
        return row;
    }
}
