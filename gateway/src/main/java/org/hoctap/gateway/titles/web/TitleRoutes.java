package org.hoctap.gateway.titles.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.gateway.officers.Officers;
import org.hoctap.gateway.officers.Refusal;
import org.hoctap.gateway.officers.web.Api;
import org.hoctap.gateway.officers.web.OfficerLogin;
import org.hoctap.gateway.titles.evidence.Facts;
import org.hoctap.gateway.titles.evidence.RecordedFigures;
import org.hoctap.gateway.titles.registration.Registrant;
import org.hoctap.gateway.titles.registration.RegistrationChannel;
import org.hoctap.gateway.titles.registration.Registrations;
import org.hoctap.gateway.titles.registration.TitleRegistration;
import org.hoctap.gateway.titles.results.ResultNotices;
import org.hoctap.gateway.titles.review.Evaluation;
import org.hoctap.gateway.titles.review.Review;
import org.hoctap.gateway.titles.rules.Evidence;
import org.hoctap.gateway.titles.rules.RuleSet;
import org.hoctap.gateway.titles.rules.RuleSets;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.titles.TitleKind;

/**
 * The officers' titles API, each answer limited to the communes the officer's role reaches:
 * <ul>
 *   <li>{@code GET /api/rules}: the rule sets in force, with their legal basis;</li>
 *   <li>{@code GET /api/registrations?year=}: the registrations with their provisional scores (or why there
 *       is none: {@code "unscored"}) and decisions;</li>
 *   <li>{@code POST /api/registrations} {@code {"year","title","household","member"|"village","name"}}: a
 *       registration made by staff, for a title and year a rule set covers;</li>
 *   <li>{@code GET /api/registrations/:id}: the evaluation, every indicator with its evidence and mapping;</li>
 *   <li>{@code POST /api/registrations/:id/facts} {@code {"fact","value","note"}}: a fact staff record;</li>
 *   <li>{@code POST /api/registrations/:id/adjust} {@code {"indicator","points","reason"}};</li>
 *   <li>{@code POST /api/registrations/:id/confirm}: the decision;</li>
 *   <li>{@code POST /api/results/send} {@code {"year"}}: the standing results to the households' phones.</li>
 * </ul>
 */
public final class TitleRoutes {
    private final Database db;
    private final RuleSets ruleSets;
    private final Review review;
    private final ResultNotices notices;
    private final Api api;
    private final Clock clock;

    public TitleRoutes(Database db, RuleSets ruleSets, ResultNotices notices, Api api, Clock clock) {
        this.db = db;
        this.ruleSets = ruleSets;
        this.review = new Review(ruleSets, clock);
        this.notices = notices;
        this.api = api;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.get("/api/rules").handler(this::rules);
        router.get("/api/registrations").handler(this::list);
        router.post("/api/registrations").handler(this::register);
        router.get("/api/registrations/:id").handler(ctx -> evaluation(ctx, (c, o, id) -> review.evaluate(c, o, id)));
        router.post("/api/registrations/:id/facts").handler(this::fact);
        router.post("/api/registrations/:id/adjust").handler(this::adjust);
        router.post("/api/registrations/:id/confirm").handler(this::confirm);
        router.post("/api/results/send").handler(this::sendResults);
    }

    private void rules(RoutingContext ctx) {
        Language language = api.language(ctx);
        JsonArray all = new JsonArray();
        ruleSets.all().forEach(r -> all.add(EvaluationJson.rules(r, language)));
        api.json(ctx, 200, new JsonObject().put("ruleSets", all));
    }

    private void list(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        Language language = api.language(ctx);
        int year = Api.year(ctx.queryParam("year").stream().findFirst().orElse(""), clock.instant());
        api.blocking(ctx, 200, () -> db.read(c -> {
            JsonArray items = new JsonArray();
            for (TitleRegistration r : Registrations.inCommunes(c, year, Officers.communes(c, officer))) {
                Evaluation e = review.evaluate(c, r);
                String titleName = e.rules().map(RuleSet::names).or(() -> ruleSets.namesOf(r.title()))
                        .map(n -> n.in(language)).orElse(r.title().name());
                JsonObject item = new JsonObject().put("id", r.id()).put("title", r.title().name())
                        .put("titleName", titleName).put("channel", r.channel().name())
                        .put("registrant", RegistrantJson.of(c, r.registrant(), officer));
                e.score().ifPresentOrElse(s -> item.put("score", new JsonObject().put("total", s.total())
                        .put("maximum", s.rules().maximum())
                        .put("passMark", s.passMark().isPresent() ? s.passMark().getAsInt() : null)
                        .put("achieved", s.achieved())), () -> item.put("unscored", EvaluationJson.unscored(e)));
                e.standing().ifPresent(d -> item.put("decision", EvaluationJson.decision(d)));
                items.add(item);
            }
            return new JsonObject().put("year", year).put("registrations", items);
        }));
    }

    private void register(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        JsonObject b = body.get();
        int year = Api.year(b.getValue("year"), clock.instant());
        Optional<TitleKind> title = Api.constant(TitleKind.class, b.getValue("title"));
        if (title.isEmpty()) {
            api.error(ctx, 400, "bad_registration", "officer.bad_registration", Map.of());
            return;
        }
        api.blocking(ctx, 201, () -> db.write(c -> {
            // A year no rule set of the title covers (mistyped, or before its criteria) is refused: nothing
            // could score it. A title the province has still to configure has one ("configured": false).
            review.rulesFor(title.get(), year);
            Registrant registrant = registrant(c, title.get(), b, officer);
            TitleRegistration registration = Registrations.register(c, year, title.get(), registrant,
                    RegistrationChannel.STAFF, clock.instant(), officer.login()).registration();
            review.reachable(c, officer, registration.id()); // refused, and rolled back, outside the officer's communes
            Officers.log(c, officer.login(), "register", registration.id() + " " + title.get() + " " + year,
                    clock.instant());
            return EvaluationJson.evaluation(review.evaluate(c, registration),
                    RegistrantJson.of(c, registrant, officer), api.language(ctx));
        }));
    }

    private Registrant registrant(Connection c, TitleKind title, JsonObject b, Officer officer) throws SQLException {
        String household = text(b, "household");
        Optional<String> householdId = household == null ? Optional.empty()
                : Jdbc.one(c, "SELECT id FROM household WHERE code = ?", row -> row.getString(1),
                        household.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", ""));
        switch (title.registrant()) {
            case HOUSEHOLD -> {
                return new Registrant.Household(householdId.orElseThrow(() -> bad()));
            }
            case PERSON -> {
                int member = b.getValue("member") instanceof Number n ? n.intValue() : 0;
                return new Registrant.Person(Jdbc.one(c, "SELECT id FROM person WHERE household_id = ? AND member_no = ?",
                        row -> row.getString(1), householdId.orElseThrow(() -> bad()), member).orElseThrow(() -> bad()));
            }
            case VILLAGE -> {
                return new Registrant.Village(village(c, b, officer));
            }
            default -> {
                String name = text(b, "name");
                if (name == null) {
                    throw bad();
                }
                return new Registrant.NamedGroup(village(c, b, officer), name);
            }
        }
    }

    /** The village the request names, among the officer's communes' villages: by id, or by a name only one has. */
    private static String village(Connection c, JsonObject b, Officer officer) throws SQLException {
        String village = text(b, "village");
        if (village == null) {
            throw bad();
        }
        List<String> mine = Officers.communes(c, officer).communeIds();
        List<Registrations.NamedVillage> found = Registrations.villagesNamed(c, village).stream()
                .filter(v -> mine.contains(v.communeId())).toList();
        if (found.size() > 1) {
            throw new Refusal(Refusal.Kind.INVALID, "officer.village_ambiguous", Map.of("count", found.size()));
        }
        return found.stream().findFirst().orElseThrow(TitleRoutes::bad).id();
    }

    private void fact(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        String fact = text(body.get(), "fact");
        Object value = body.get().getValue("value");
        String note = Optional.ofNullable(text(body.get(), "note")).orElse("");
        evaluation(ctx, (c, o, id) -> {
            TitleRegistration registration = review.reachable(c, officer, id);
            RuleSet rules = review.rulesFor(registration.title(), registration.year());
            if (fact == null || !factsOf(rules).contains(fact) || !(value instanceof Number n)) {
                throw new Refusal(Refusal.Kind.INVALID, "officer.unknown_fact", Map.of("fact", fact == null ? "?" : fact));
            }
            Facts.record(c, registration.year(), new RecordedFigures(c, registration).factSubject(), fact,
                    n.longValue(), note, officer.login(), clock.instant());
            Officers.log(c, officer.login(), "fact", id + " " + fact + " = " + n.longValue(), clock.instant());
            return review.evaluate(c, registration);
        });
    }

    /**
     * While a rule file of the province's is left out (unreadable), a decision could be taken under
     * the shipped rules it was meant to replace: none is taken until it is fixed.
     */
    private boolean rulesReadable(RoutingContext ctx) {
        if (ruleSets.leftOut().isEmpty()) {
            return true;
        }
        ctx.fail(new Refusal(Refusal.Kind.INVALID, "officer.rules_unreadable", Map.of("files",
                String.join(", ", ruleSets.leftOut().stream().map(e -> e.source()).toList()))));
        return false;
    }

    private void adjust(RoutingContext ctx) {
        if (!rulesReadable(ctx)) {
            return;
        }
        Officer officer = OfficerLogin.officer(ctx);
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        String indicator = Optional.ofNullable(text(body.get(), "indicator")).orElse("?");
        int points = body.get().getValue("points") instanceof Number n ? n.intValue() : -1;
        String reason = text(body.get(), "reason");
        evaluation(ctx, (c, o, id) -> review.adjust(c, officer, id, indicator, points, reason));
    }

    private void confirm(RoutingContext ctx) {
        if (!rulesReadable(ctx)) {
            return;
        }
        evaluation(ctx, (c, officer, id) -> {
            review.confirm(c, officer, id);
            return review.evaluate(c, officer, id);
        });
    }

    private void sendResults(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        if (!officer.role().atLeast(OfficerRole.COMMUNE_OFFICER)) {
            ctx.fail(new Refusal(Refusal.Kind.FORBIDDEN, "officer.may_not_send", Map.of()));
            return;
        }
        int year = Api.year(body.get().getValue("year"), clock.instant());
        ctx.vertx().executeBlocking(() -> db.write(c -> {
            ResultNotices.Sent sent = notices.sendStanding(c, Officers.communes(c, officer), year);
            Officers.log(c, officer.login(), "send_results", year + ": " + sent, clock.instant());
            return sent;
        }), false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            notices.outbox().wake();
            ResultNotices.Sent sent = result.result();
            api.json(ctx, 200, new JsonObject().put("queued", sent.queued()).put("optedOut", sent.optedOut())
                    .put("noPhone", sent.noPhone()).put("alreadySent", sent.alreadySent()));
        });
    }

    /** A step on one registration, answered with its evaluation as it then stands. */
    private interface Step {
        Evaluation apply(Connection c, Officer officer, String registrationId) throws SQLException;
    }

    private void evaluation(RoutingContext ctx, Step step) {
        Officer officer = OfficerLogin.officer(ctx);
        String id = ctx.pathParam("id");
        Language language = api.language(ctx);
        api.blocking(ctx, 200, () -> db.write(c -> {
            Evaluation e = step.apply(c, officer, id);
            return EvaluationJson.evaluation(e, RegistrantJson.of(c, e.registration().registrant(), officer), language);
        }));
    }

    private static Set<String> factsOf(RuleSet rules) {
        Set<String> facts = new java.util.TreeSet<>();
        List<Evidence> all = new java.util.ArrayList<>();
        rules.criteria().forEach(k -> k.indicators().forEach(i -> all.add(i.evidence())));
        rules.forms().values().forEach(form -> form.values().forEach(f -> f.evidence().ifPresent(all::add)));
        for (Evidence e : all) {
            if (e instanceof Evidence.Fact f) {
                facts.add(f.fact());
            } else if (e instanceof Evidence.Score s) {
                facts.add(s.fact());
            }
        }
        return facts;
    }

    private static String text(JsonObject body, String field) {
        return body.getValue(field) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static Refusal bad() {
        return new Refusal(Refusal.Kind.INVALID, "officer.bad_registration", Map.of());
    }
}
