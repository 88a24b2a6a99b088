package org.hoctap.kiosk.roster;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.web.JsonBody;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.people.CardUid;
import org.hoctap.shared.people.Sex;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.places.Places;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * Staff enrol learners and link cards (behind {@link StaffLogin}):
 * <ul>
 *   <li>{@code GET /api/staff/villages}: the villages of the centre's commune, {@code [{"id","name"}]}</li>
 *   <li>{@code POST /api/staff/people} {@code {"name","sex":"F|M","birthYear","household"}} or with
 *       {@code "villageId"} instead of {@code household} for a new household: 200 {@code {"learner","message"}};
 *       400 {@code bad_person}; 404 {@code no_such_household} or {@code no_such_village}</li>
 *   <li>{@code POST /api/staff/cards} {@code {"personId","card","move"}}: 200 {@code {"message"}}; 400
 *       {@code bad_card}; 404 {@code unknown_person}; 409 {@code card_taken} with the {@code holder}</li>
 * </ul>
 */
public final class EnrolmentRoutes implements KioskRoutes {
    private static final int MAX_NAME = 80;
    private static final int FIRST_BIRTH_YEAR = 1900;

    private final StoreAccess store;
    private final Centre centre;
    private final Templates templates;
    private final Clock clock;

    public EnrolmentRoutes(StoreAccess store, Centre centre, Templates templates, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/api/staff/villages").handler(this::villages);
        router.post("/api/staff/people").handler(this::enrol);
        router.post("/api/staff/cards").handler(this::linkCard);
    }

    private void villages(RoutingContext ctx) {
        Replies.whenDone(ctx, store.read(c -> Places.villagesOfCentre(c, centre.id())), villages -> {
            JsonArray body = new JsonArray();
            villages.forEach(v -> body.add(new JsonObject().put("id", v.id()).put("name", v.name())));
            Replies.json(ctx, 200, body);
        });
    }

    private void enrol(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, text("staff.bad_person", language));
        if (body.isEmpty()) {
            return;
        }
        Optional<Enrolment.NewPerson> who = newPerson(body.get(), Year.now(clock).getValue());
        if (who.isEmpty()) {
            Replies.error(ctx, 400, "bad_person", text("staff.bad_person", language));
            return;
        }
        String staff = StaffLogin.who(ctx);
        Instant now = clock.instant();
        Replies.whenDone(ctx, store.write(c -> {
            Enrolment.Outcome outcome = Enrolment.enrol(c, centre, who.get());
            if (outcome instanceof Enrolment.Outcome.Enrolled done) {
                StaffLog.record(c, new StaffLog.Entry(now, staff, "enrol", done.learner().id()));
            }
            return outcome;
        }), outcome -> answer(ctx, outcome, language));
    }

    private void linkCard(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, text("staff.bad_card", language));
        if (body.isEmpty()) {
            return;
        }
        Optional<CardUid> card = JsonBody.text(body.get(), "card").flatMap(CardUid::parse);
        if (card.isEmpty()) {
            Replies.error(ctx, 400, "bad_card", text("staff.bad_card", language));
            return;
        }
        String personId = JsonBody.text(body.get(), "personId").orElse("");
        boolean move = Boolean.TRUE.equals(body.get().getValue("move"));
        String staff = StaffLogin.who(ctx);
        Instant now = clock.instant();
        Replies.whenDone(ctx, store.write(c -> {
            Enrolment.Outcome outcome = Enrolment.linkCard(c, centre, personId, card.get(), move, now);
            if (outcome instanceof Enrolment.Outcome.CardLinked linked) {
                StaffLog.record(c, new StaffLog.Entry(now, staff, "link_card", linked.card().hex() + " to " + personId));
            }
            return outcome;
        }), outcome -> answer(ctx, outcome, language));
    }

    private void answer(RoutingContext ctx, Enrolment.Outcome outcome, Language language) {
        switch (outcome) {
            case Enrolment.Outcome.Enrolled done -> Replies.json(ctx, 200, new JsonObject()
                    .put("learner", RosterRoutes.json(done.learner()))
                    .put("message", templates.render("staff.enrolled", language, Map.of(
                            "name", done.learner().fullName(),
                            "household", done.learner().householdCode() + "/" + done.learner().memberNo()))));
            case Enrolment.Outcome.CardLinked linked -> Replies.json(ctx, 200, new JsonObject()
                    .put("message", templates.render("staff.card_linked", language,
                            Map.of("name", linked.learner().fullName()))));
            case Enrolment.Outcome.CardTaken taken -> Replies.json(ctx, 409, new JsonObject()
                    .put("error", "card_taken")
                    .put("holder", RosterRoutes.json(taken.holder()))
                    .put("message", templates.render("staff.card_taken", language,
                            Map.of("name", taken.holder().fullName()))));
            case Enrolment.Outcome.NoSuchHousehold none ->
                    Replies.error(ctx, 404, "no_such_household", text("staff.no_such_household", language));
            case Enrolment.Outcome.NoSuchVillage none ->
                    Replies.error(ctx, 404, "no_such_village", text("staff.no_such_village", language));
            case Enrolment.Outcome.NoSuchPerson none ->
                    Replies.error(ctx, 404, "unknown_person", text("kiosk.unknown_person", language));
        }
    }

    /** The person described by the body, or empty when a field is missing or out of range. */
    static Optional<Enrolment.NewPerson> newPerson(JsonObject body, int thisYear) {
        Optional<String> name = JsonBody.text(body, "name").filter(n -> n.length() <= MAX_NAME)
                .map(n -> n.replaceAll("\\s+", " "));
        Optional<Sex> sex = JsonBody.text(body, "sex").flatMap(s -> switch (s) {
            case "F" -> Optional.of(Sex.F);
            case "M" -> Optional.of(Sex.M);
            default -> Optional.empty();
        });
        Object year = body.getValue("birthYear");
        OptionalInt birthYear = year instanceof Number n && n.intValue() == n.doubleValue()
                ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        boolean yearOk = year == null || (birthYear.isPresent()
                && birthYear.getAsInt() >= FIRST_BIRTH_YEAR && birthYear.getAsInt() <= thisYear);
        Optional<String> household = JsonBody.text(body, "household");
        Optional<String> village = JsonBody.text(body, "villageId");
        if (name.isEmpty() || sex.isEmpty() || !yearOk || (household.isEmpty() && village.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Enrolment.NewPerson(name.get(), sex.get(), birthYear, household,
                household.isPresent() ? Optional.empty() : village));
    }

    private String text(String key, Language language) {
        return templates.render(key, language);
    }
}
