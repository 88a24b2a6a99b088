package org.hoctap.gateway.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoctap.gateway.figures.ProgrammeTargets.Target;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;

/**
 * A commune's progress towards the programme's target for a title: how many are recognised, out of
 * what (households for families, adults for citizens, villages for communities; for clans and units,
 * which have no list of their own, those registered), and the target for the commune's area type.
 */
public record TitleProgress(String communeId, String commune, AreaType area, TitleKind title, long registered,
        long achieved, long base, int target) {

    /** The share recognised, in whole percent; 0 when there is nothing to count. */
    public int percent() {
        return base == 0 ? 0 : (int) (achieved * 100 / base);
    }

    public static List<TitleProgress> of(List<VillageFigures> villages, List<Target> targets) {
        Map<String, List<VillageFigures>> byCommune = new LinkedHashMap<>();
        villages.forEach(v -> byCommune.computeIfAbsent(v.communeId(), id -> new ArrayList<>()).add(v));
        List<TitleProgress> progress = new ArrayList<>();
        for (List<VillageFigures> commune : byCommune.values()) {
            VillageFigures first = commune.get(0);
            for (TitleKind title : TitleKind.values()) {
                long registered = commune.stream().mapToLong(v -> v.registered(title)).sum();
                long achieved = commune.stream().mapToLong(v -> v.achieved(title)).sum();
                long base = switch (title) {
                    case FAMILY -> commune.stream().mapToLong(VillageFigures::households).sum();
                    case CITIZEN -> commune.stream().mapToLong(VillageFigures::adults).sum();
                    case COMMUNITY -> commune.size();
                    case CLAN, UNIT -> registered;
                };
                progress.add(new TitleProgress(first.communeId(), first.commune(), first.area(), title, registered,
                        achieved, base, ProgrammeTargets.percentFor(targets, title, first.area())));
            }
        }
        return progress;
    }
}
