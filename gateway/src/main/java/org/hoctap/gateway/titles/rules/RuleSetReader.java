package org.hoctap.gateway.titles.rules;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.gateway.titles.evidence.Facts;
import org.hoctap.shared.people.CitizenGroup;
import org.hoctap.shared.sync.Sha256;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.titles.TitleKind;

/**
 * Reads and checks one rule-set file (JSON, UTF-8; the format is in the README and the shipped files
 * under {@code rules/}). Every problem is reported with its place; a file with any is refused whole.
 */
public final class RuleSetReader {
    private static final int MAX_POINTS = 1000;
    private static final Set<String> TOP = Set.of("id", "version", "title", "legalBasis", "note", "years", "names",
            "configured", "passMark", "indicatorFloor", "bands", "decidedBy", "groups", "criteria", "forms");
    private static final Set<String> LANGUAGES = Set.of("vi", "blt", "hnj");

    private RuleSetReader() {
    }

    /**
     * @param source what to call the file in messages (its name)
     * @throws RuleSetException listing every problem found
     */
    public static RuleSet read(String source, byte[] content) {
        JsonObject json;
        try {
            json = new JsonObject(new String(content, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        } catch (DecodeException e) {
            throw new RuleSetException(source, List.of("not valid JSON: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        RuleSet rules = read(json, problems, Sha256.hex(content));
        if (!problems.isEmpty()) {
            throw new RuleSetException(source, problems);
        }
        return rules;
    }

    private static RuleSet read(JsonObject json, List<String> problems, String digest) {
        JsonFields top = new JsonFields(json, "", problems, TOP);
        Optional<String> id = top.text("id", true);
        id.filter(i -> !i.matches("[a-z0-9][a-z0-9.-]{0,63}"))
                .ifPresent(i -> top.problem("id", "use lower-case letters, digits, dots and dashes only"));
        OptionalInt version = top.whole("version", true, 1, 1_000_000);
        Optional<TitleKind> title = top.text("title", true).flatMap(t -> constant(top, "title", t, TitleKind.class));
        Optional<String> legalBasis = top.text("legalBasis", true);
        String note = top.text("note", false).orElse("");
        int[] years = years(top, problems);
        Optional<Names> names = top.object("names", true).map(o -> names(o, top.at("names"), problems));
        boolean configured = top.flag("configured").orElse(true);
        Optional<PassMarks> passMarks = top.object("passMark", false).flatMap(o -> passMarks(o, top.at("passMark"), problems));
        OptionalInt floor = top.whole("indicatorFloor", false, 0, MAX_POINTS);
        OfficerRole decidedBy = top.text("decidedBy", false).flatMap(r -> constant(top, "decidedBy", r, OfficerRole.class))
                .orElse(OfficerRole.COMMUNE_OFFICER);
        Map<CitizenGroup, Names> groups = new EnumMap<>(CitizenGroup.class);
        top.object("groups", false).ifPresent(o -> o.fieldNames().forEach(g -> constant(top, "groups", g, CitizenGroup.class)
                .ifPresent(group -> objectAt(o, g, top.at("groups") + "." + g, problems)
                        .ifPresent(n -> groups.put(group, names(n, top.at("groups") + "." + g, problems))))));
        if (title.isPresent() && title.get() != TitleKind.CITIZEN && !groups.isEmpty()) {
            top.problem("groups", "only the learning citizen's title has citizen groups");
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, Integer> pointsByCode = new LinkedHashMap<>();
        for (JsonFields.Element c : top.objects("criteria", false)) {
            criterion(c, problems, codes, pointsByCode).ifPresent(criteria::add);
        }
        List<Band> bands = new ArrayList<>();
        for (JsonFields.Element b : top.objects("bands", false)) {
            band(b, problems).ifPresent(bands::add);
        }
        Map<CitizenGroup, Map<String, IndicatorForm>> forms = forms(top, groups, pointsByCode, problems);

        int maximum = criteria.stream().mapToInt(Criterion::points).sum();
        if (configured) {
            if (criteria.isEmpty()) {
                top.problem("criteria", "a configured title needs at least one criterion (or say \"configured\": false)");
            }
            if (!top.has("passMark")) {
                top.problem("passMark", "missing: without a pass mark nobody can ever achieve a configured title "
                        + "(bands only classify the total)");
            }
        }
        if (floor.isPresent()) {
            List<String> below = criteria.stream().flatMap(c -> c.indicators().stream())
                    .filter(i -> i.points() < floor.getAsInt()).map(Indicator::code).toList();
            if (!below.isEmpty()) {
                top.problem("indicatorFloor", floor.getAsInt() + " is more than " + (below.size() == 1 ? "indicator "
                        + below.get(0) + " gives" : "indicators " + String.join(", ", below) + " give")
                        + ": nobody can ever achieve the title");
            }
        }
        if (!criteria.isEmpty()) {
            passMarks.filter(p -> Math.max(p.normal(), p.disadvantaged()) > maximum).ifPresent(
                    p -> top.problem("passMark", "higher than the " + maximum + " points the indicators add up to"));
            bands.stream().filter(b -> b.from() > maximum).forEach(
                    b -> top.problem("bands", "band " + b.code() + " starts above the " + maximum + " points there are"));
        }
        if (bands.stream().map(Band::from).distinct().count() < bands.size()) {
            top.problem("bands", "two bands start at the same points");
        }
        if (problems.isEmpty()) {
            return new RuleSet(id.get(), version.getAsInt(), title.get(), legalBasis.get(), note, years[0],
                    years[1] == 0 ? OptionalInt.empty() : OptionalInt.of(years[1]), names.get(), configured, passMarks,
                    floor, bands, groups, criteria, forms, decidedBy, digest);
        }
        return null;
    }

    /** {from, to}, to 0 when open-ended. */
    private static int[] years(JsonFields top, List<String> problems) {
        int[] years = {0, 0};
        top.object("years", true).ifPresent(o -> {
            JsonFields f = new JsonFields(o, top.at("years"), problems, Set.of("from", "to"));
            years[0] = f.whole("from", true, 2000, 2100).orElse(0);
            years[1] = f.whole("to", false, 2000, 2100).orElse(0);
            if (years[1] != 0 && years[1] < years[0]) {
                f.problem("to", "ends before it starts");
            }
        });
        return years;
    }

    private static Optional<Criterion> criterion(JsonFields.Element element, List<String> problems, Set<String> codes,
            Map<String, Integer> pointsByCode) {
        JsonFields f = new JsonFields(element.object(), element.path(), problems, Set.of("code", "names", "indicators"));
        Optional<String> code = uniqueCode(f, codes);
        Optional<Names> names = f.object("names", true).map(o -> names(o, f.at("names"), problems));
        List<Indicator> indicators = new ArrayList<>();
        List<JsonFields.Element> elements = f.objects("indicators", true);
        if (elements.isEmpty() && f.has("indicators")) {
            f.problem("indicators", "a criterion needs at least one indicator");
        }
        for (JsonFields.Element i : elements) {
            indicator(i, problems, codes).ifPresent(indicator -> {
                indicators.add(indicator);
                pointsByCode.put(indicator.code(), indicator.points());
            });
        }
        if (code.isEmpty() || names.isEmpty() || indicators.size() != elements.size() || indicators.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Criterion(code.get(), names.get(), indicators));
    }

    private static Optional<Indicator> indicator(JsonFields.Element element, List<String> problems, Set<String> codes) {
        JsonFields f = new JsonFields(element.object(), element.path(), problems,
                Set.of("code", "names", "points", "evidence"));
        Optional<String> code = uniqueCode(f, codes);
        Optional<Names> names = f.object("names", true).map(o -> names(o, f.at("names"), problems));
        OptionalInt points = f.whole("points", true, 1, MAX_POINTS);
        Optional<Evidence> evidence = f.object("evidence", true)
                .flatMap(o -> evidence(o, f.at("evidence"), problems, points.orElse(MAX_POINTS)));
        if (code.isEmpty() || names.isEmpty() || points.isEmpty() || evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(code.get(), names.get(), points.getAsInt(), evidence.get()));
    }

    private static Optional<Evidence> evidence(JsonObject o, String path, List<String> problems, int points) {
        List<String> mine = new ArrayList<>();
        JsonFields f = new JsonFields(o, path, mine, Set.of("kind", "codes", "fact", "steps"));
        Optional<Evidence> evidence = f.text("kind", true).flatMap(kind -> switch (kind) {
            case "activities" -> Optional.of(new Evidence.Activities(new HashSet<>(f.wholes("codes", 10, 99)),
                    steps(f, points)));
            case "learnerTurns" -> Optional.of(new Evidence.LearnerTurns(steps(f, points)));
            case "fact" -> factCode(f).map(fact -> new Evidence.Fact(fact, steps(f, points)));
            case "score" -> factCode(f).map(Evidence.Score::new);
            case "learningCitizens" -> Optional.of(new Evidence.LearningCitizens(steps(f, points)));
            case "manual" -> Optional.of(new Evidence.Manual());
            default -> {
                f.problem("kind", "'" + kind + "' is not one of activities, learnerTurns, fact, score, learningCitizens, manual");
                yield Optional.empty();
            }
        });
        problems.addAll(mine);
        return mine.isEmpty() ? evidence : Optional.empty();
    }

    /** The fact an indicator reads, checked here because staff could not record it under a code that is none. */
    private static Optional<String> factCode(JsonFields f) {
        Optional<String> fact = f.text("fact", true);
        fact.filter(code -> !Facts.isCode(code)).ifPresent(code -> f.problem("fact", "'" + code
                + "' is not a fact code: capital letters, digits and underscores, a letter first (ADULT_LITERACY)"));
        return fact;
    }

    private static Steps steps(JsonFields f, int points) {
        List<Steps.Step> steps = new ArrayList<>();
        List<JsonFields.Element> elements = f.objects("steps", true);
        if (elements.isEmpty() && f.has("steps")) {
            f.problem("steps", "needs at least one step {\"atLeast\": …, \"points\": …}");
        }
        for (JsonFields.Element e : elements) {
            JsonFields step = new JsonFields(e.object(), e.path(), f.problems(), Set.of("atLeast", "points"));
            OptionalInt atLeast = step.whole("atLeast", true, 0, 1_000_000);
            OptionalInt given = step.whole("points", true, 0, points);
            if (atLeast.isPresent() && given.isPresent()) {
                steps.add(new Steps.Step(atLeast.getAsInt(), given.getAsInt()));
            }
        }
        if (steps.stream().map(Steps.Step::atLeast).distinct().count() < steps.size()) {
            f.problem("steps", "two steps start at the same figure");
        }
        return new Steps(steps);
    }

    private static Optional<Band> band(JsonFields.Element element, List<String> problems) {
        JsonFields f = new JsonFields(element.object(), element.path(), problems, Set.of("code", "names", "from"));
        Optional<String> code = f.text("code", true);
        Optional<Names> names = f.object("names", true).map(o -> names(o, f.at("names"), problems));
        OptionalInt from = f.whole("from", true, 0, MAX_POINTS);
        if (code.isEmpty() || names.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Band(code.get(), names.get(), from.getAsInt()));
    }

    private static Optional<PassMarks> passMarks(JsonObject o, String path, List<String> problems) {
        JsonFields f = new JsonFields(o, path, problems, Set.of("normal", "disadvantaged"));
        OptionalInt normal = f.whole("normal", true, 0, MAX_POINTS);
        OptionalInt disadvantaged = f.whole("disadvantaged", false, 0, MAX_POINTS);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PassMarks(normal.getAsInt(), disadvantaged.orElse(normal.getAsInt())));
    }

    private static Map<CitizenGroup, Map<String, IndicatorForm>> forms(JsonFields top, Map<CitizenGroup, Names> groups,
            Map<String, Integer> pointsByCode, List<String> problems) {
        Map<CitizenGroup, Map<String, IndicatorForm>> forms = new EnumMap<>(CitizenGroup.class);
        Optional<JsonObject> all = top.object("forms", false);
        if (all.isEmpty()) {
            return forms;
        }
        for (String g : all.get().fieldNames()) {
            Optional<CitizenGroup> group = constant(top, "forms", g, CitizenGroup.class);
            if (group.isPresent() && !groups.containsKey(group.get())) {
                top.problem("forms", g + " is not one of the rule set's groups");
            }
            Optional<JsonObject> byCode = objectAt(all.get(), g, top.at("forms") + "." + g, problems);
            if (group.isEmpty() || byCode.isEmpty()) {
                continue;
            }
            Map<String, IndicatorForm> form = new LinkedHashMap<>();
            for (String code : byCode.get().fieldNames()) {
                String path = top.at("forms") + "." + g + "." + code;
                if (!pointsByCode.containsKey(code)) {
                    problems.add(path + ": no indicator has this code");
                    continue;
                }
                objectAt(byCode.get(), code, path, problems).ifPresent(o -> {
                    JsonFields f = new JsonFields(o, path, problems, Set.of("names", "evidence"));
                    Optional<Names> names = f.object("names", false).map(n -> names(n, f.at("names"), problems));
                    Optional<Evidence> evidence = f.object("evidence", false)
                            .flatMap(e -> evidence(e, f.at("evidence"), problems, pointsByCode.get(code)));
                    form.put(code, new IndicatorForm(names, evidence));
                });
            }
            forms.put(group.get(), form);
        }
        return forms;
    }

    private static Names names(JsonObject o, String path, List<String> problems) {
        Map<Language, String> byLanguage = new EnumMap<>(Language.class);
        for (String tag : o.fieldNames()) {
            Object value = o.getValue(tag);
            if (!LANGUAGES.contains(tag)) {
                problems.add(path + "." + tag + ": not a language here (vi, blt or hnj)");
            } else if (!(value instanceof String s) || s.isBlank()) {
                problems.add(path + "." + tag + ": must be a non-empty text");
            } else {
                byLanguage.put(Language.fromTag(tag).orElseThrow(), s.strip());
            }
        }
        if (!byLanguage.containsKey(Language.VI)) {
            problems.add(path + ": needs the Vietnamese name (\"vi\")");
            byLanguage.put(Language.VI, "?");
        }
        return new Names(byLanguage);
    }

    private static Optional<String> uniqueCode(JsonFields f, Set<String> codes) {
        Optional<String> code = f.text("code", true);
        if (code.isPresent() && !codes.add(code.get())) {
            f.problem("code", "'" + code.get() + "' is used twice");
        }
        return code;
    }

    private static Optional<JsonObject> objectAt(JsonObject parent, String field, String path, List<String> problems) {
        if (parent.getValue(field) instanceof JsonObject o) {
            return Optional.of(o);
        }
        problems.add(path + ": must be an object { … }");
        return Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> constant(JsonFields f, String field, String value, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            f.problem(field, "'" + value + "' is not one of " + String.join(", ", allowed));
            return Optional.empty();
        }
    }
}
