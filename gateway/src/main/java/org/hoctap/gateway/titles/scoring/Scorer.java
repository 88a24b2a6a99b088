package org.hoctap.gateway.titles.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hoctap.gateway.titles.rules.Criterion;
import org.hoctap.gateway.titles.rules.Evidence;
import org.hoctap.gateway.titles.rules.Indicator;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.titles.AreaType;

/** Turns a registrant's evidence into points by a rule set's mapping, with the officer's adjustments applied. */
public final class Scorer {
    private Scorer() {
    }

    /**
     * @param group the citizen group whose form applies (empty for titles without groups)
     * @param adjustments the latest adjustment of each indicator, by indicator code
     * @throws IllegalArgumentException if the rule set is not configured: there is nothing to score by
     */
    public static Score score(RuleSet rules, Optional<CitizenGroup> group, AreaType area, Figures figures,
            Map<String, Adjustment> adjustments) {
        if (!rules.configured()) {
            throw new IllegalArgumentException(rules.label() + " is not configured yet");
        }
        List<IndicatorScore> scores = new ArrayList<>();
        for (Criterion criterion : rules.criteriaFor(group)) {
            for (Indicator indicator : criterion.indicators()) {
                OptionalLong figure = figure(indicator.evidence(), figures);
                int computed = figure.isPresent() ? points(indicator, figure.getAsLong()) : 0;
                scores.add(new IndicatorScore(criterion, indicator, figure, computed,
                        Optional.ofNullable(adjustments.get(indicator.code()))));
            }
        }
        int total = scores.stream().mapToInt(IndicatorScore::points).sum();
        OptionalInt passMark = rules.passMarks().map(p -> OptionalInt.of(p.forArea(area))).orElse(OptionalInt.empty());
        OptionalInt floor = rules.indicatorFloor();
        boolean floorMet = floor.isEmpty() || scores.stream().allMatch(s -> s.points() >= floor.getAsInt());
        boolean achieved = passMark.isPresent() && total >= passMark.getAsInt() && floorMet;
        return new Score(rules, area, scores, total, passMark, achieved, rules.bandOf(total));
    }

    private static OptionalLong figure(Evidence evidence, Figures figures) {
        return switch (evidence) {
            case Evidence.Activities a -> OptionalLong.of(figures.activities(a.codes()));
            case Evidence.LearnerTurns t -> OptionalLong.of(figures.learnerTurns());
            case Evidence.Fact f -> figures.fact(f.fact());
            case Evidence.Score s -> figures.fact(s.fact());
            case Evidence.LearningCitizens l -> OptionalLong.of(figures.learningCitizensPercent());
            case Evidence.Manual m -> OptionalLong.empty();
        };
    }

    private static int points(Indicator indicator, long figure) {
        return switch (indicator.evidence()) {
            case Evidence.Activities a -> a.steps().points(figure);
            case Evidence.LearnerTurns t -> t.steps().points(figure);
            case Evidence.Fact f -> f.steps().points(figure);
            case Evidence.Score s -> (int) Math.max(0, Math.min(indicator.points(), figure));
            case Evidence.LearningCitizens l -> l.steps().points(figure);
            case Evidence.Manual m -> 0;
        };
    }
}
