package org.hoctap.gateway.titles.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.hoctap.gateway.titles.review.Decision;
import org.hoctap.gateway.titles.review.Evaluation;
import org.hoctap.gateway.titles.rules.Evidence;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.rules.Steps;
import org.hoctap.gateway.titles.scoring.IndicatorScore;
import org.hoctap.gateway.titles.scoring.Score;
import org.hoctap.shared.text.Language;

/** An evaluation as the review page reads it: every indicator with its evidence, its mapping and its points. */
final class EvaluationJson {
    private EvaluationJson() {
    }

    static JsonObject rules(RuleSet rules, Language language) {
        JsonObject json = new JsonObject().put("label", rules.label()).put("title", rules.title().name())
                .put("name", rules.names().in(language)).put("legalBasis", rules.legalBasis()).put("note", rules.note())
                .put("configured", rules.configured()).put("fromYear", rules.fromYear())
                .put("toYear", rules.toYear().isPresent() ? rules.toYear().getAsInt() : null)
                .put("decidedBy", rules.decidedBy().name());
        if (rules.configured()) {
            json.put("maximum", rules.maximum());
        }
        rules.passMarks().ifPresent(p -> json.put("passMark", new JsonObject().put("normal", p.normal())
                .put("disadvantaged", p.disadvantaged())));
        if (rules.indicatorFloor().isPresent()) {
            json.put("indicatorFloor", rules.indicatorFloor().getAsInt());
        }
        JsonArray bands = new JsonArray();
        rules.bands().forEach(b -> bands.add(new JsonObject().put("code", b.code()).put("name", b.names().in(language))
                .put("from", b.from())));
        return json.put("bands", bands);
    }

    static JsonObject score(Score score, Language language) {
        JsonArray indicators = new JsonArray();
        for (IndicatorScore s : score.indicators()) {
            JsonObject i = new JsonObject().put("criterion", s.criterion().code())
                    .put("criterionName", s.criterion().names().in(language)).put("code", s.indicator().code())
                    .put("name", s.indicator().names().in(language)).put("max", s.indicator().points())
                    .put("evidence", evidence(s.indicator().evidence()))
                    .put("figure", s.figure().isPresent() ? s.figure().getAsLong() : null)
                    .put("computed", s.computed()).put("points", s.points());
            s.adjustment().ifPresent(a -> i.put("adjustment", new JsonObject().put("points", a.points())
                    .put("reason", a.reason()).put("by", a.by()).put("at", a.at().toString())));
            indicators.add(i);
        }
        return new JsonObject().put("total", score.total()).put("maximum", score.rules().maximum())
                .put("passMark", score.passMark().isPresent() ? score.passMark().getAsInt() : null)
                .put("area", score.area().name()).put("achieved", score.achieved())
                .put("band", score.band().map(b -> b.names().in(language)).orElse(null))
                .put("shortfalls", new JsonArray(score.shortfalls().stream().map(s -> s.indicator().code()).toList()))
                .put("indicators", indicators);
    }

    static JsonObject decision(Decision d) {
        return new JsonObject().put("id", d.id()).put("ruleSet", d.ruleSet()).put("ruleSetDigest", d.ruleSetDigest())
                .put("total", d.total()).put("maximum", d.maximum())
                .put("passMark", d.passMark().isPresent() ? d.passMark().getAsInt() : null)
                .put("achieved", d.achieved()).put("band", d.band().orElse(null))
                .put("decidedBy", d.decidedBy()).put("decidedAt", d.decidedAt().toString())
                .put("replaces", d.replaces().orElse(null));
    }

    static JsonObject evaluation(Evaluation e, JsonObject registrant, Language language) {
        JsonObject json = new JsonObject().put("id", e.registration().id()).put("year", e.registration().year())
                .put("title", e.registration().title().name()).put("channel", e.registration().channel().name())
                .put("registeredAt", e.registration().registeredAt().toString()).put("registrant", registrant);
        e.rules().ifPresent(r -> json.put("rules", rules(r, language)));
        e.score().ifPresentOrElse(s -> json.put("score", score(s, language)), () -> json.put("unscored", unscored(e)));
        JsonArray facts = new JsonArray();
        e.facts().forEach(f -> facts.add(new JsonObject().put("fact", f.fact()).put("value", f.value())
                .put("note", f.note()).put("by", f.recordedBy()).put("at", f.recordedAt().toString())));
        json.put("facts", facts);
        e.standing().ifPresent(d -> json.put("decision", decision(d)));
        return json;
    }

    /** Why an evaluation has no score, as the page's {@code officer.*} text names it. */
    static String unscored(Evaluation e) {
        return e.rules().isPresent() ? "not_configured" : "no_rules";
    }

    /** The mapping as data: the page words it ("code 12: 12 times or more: 10 points…"). */
    static JsonObject evidence(Evidence evidence) {
        return switch (evidence) {
            case Evidence.Activities a -> new JsonObject().put("kind", "activities")
                    .put("codes", new JsonArray(a.codes().stream().sorted().toList())).put("steps", steps(a.steps()));
            case Evidence.LearnerTurns t -> new JsonObject().put("kind", "learnerTurns").put("steps", steps(t.steps()));
            case Evidence.Fact f -> new JsonObject().put("kind", "fact").put("fact", f.fact()).put("steps", steps(f.steps()));
            case Evidence.Score s -> new JsonObject().put("kind", "score").put("fact", s.fact());
            case Evidence.LearningCitizens l -> new JsonObject().put("kind", "learningCitizens")
                    .put("steps", steps(l.steps()));
            case Evidence.Manual m -> new JsonObject().put("kind", "manual");
        };
    }

    private static JsonArray steps(Steps steps) {
        JsonArray json = new JsonArray();
        steps.steps().forEach(s -> json.add(new JsonObject().put("atLeast", s.atLeast()).put("points", s.points())));
        return json;
    }
}
