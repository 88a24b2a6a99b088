package org.hoctap.gateway.figures.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoctap.gateway.figures.CentreSummary;
import org.hoctap.gateway.figures.LearnerTurnFigures;
import org.hoctap.gateway.figures.ProgrammeTargets;
import org.hoctap.gateway.figures.TitleProgress;
import org.hoctap.gateway.figures.VillageFigures;
import org.hoctap.gateway.figures.YearlyReport;
import org.hoctap.gateway.officers.CommuneScope;
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.OfficerRole;
import org.hoctap.gateway.officers.Officers;
import org.hoctap.gateway.officers.Refusal;
import org.hoctap.gateway.officers.web.Api;
import org.hoctap.gateway.officers.web.OfficerLogin;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.tables.CsvFile;
import org.hoctap.shared.tables.ReportHeader;
import org.hoctap.shared.tables.TableFile;
import org.hoctap.shared.tables.XlsxFile;
import org.hoctap.shared.titles.AreaType;
import org.hoctap.shared.titles.TitleKind;

/**
 * What officers report, limited to their communes:
 * <ul>
 *   <li>{@code GET /api/figures?year=}: learner-turns by centre, topic, month and sex (and ethnicity for
 *       roles allowed sensitive data), registrations and recognitions by village, each commune's
 *       progress towards the programme's targets, and the targets;</li>
 *   <li>{@code POST /api/targets} {@code {"title","area","percent"}}: a province officer sets a target;</li>
 *   <li>{@code GET /download/yearly-report?year=&format=csv|xlsx} and {@code /download/centres?…}: the
 *       yearly report and the centres' attendance summaries, labelled in Vietnamese with each column's code.</li>
 * </ul>
 */
public final class FigureRoutes {
    private final Database db;
    private final Api api;
    private final Clock clock;

    public FigureRoutes(Database db, Api api, Clock clock) {
        this.db = db;
        this.api = api;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.get("/api/figures").handler(this::figures);
        router.post("/api/targets").handler(this::setTarget);
        router.get("/download/yearly-report").handler(ctx -> download(ctx, "bao-cao-nam", "officer.report.yearly",
                YearlyReport.CODES, (c, scope, year, sink) -> YearlyReport.rows(c, scope, year,
                        api.text(ctx, "officer.csv.whole_commune", Map.of()), sink)));
        router.get("/download/centres").handler(ctx -> download(ctx, "trung-tam", "officer.report.centres",
                CentreSummary.CODES, CentreSummary::rows));
    }

    private void figures(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        int year = Api.year(ctx.queryParam("year").stream().findFirst().orElse(""), clock.instant());
        api.blocking(ctx, 200, () -> db.read(c -> {
            CommuneScope scope = Officers.communes(c, officer);
            LearnerTurnFigures turns = LearnerTurnFigures.read(c, scope, year, officer.seesSensitive());
            List<VillageFigures> villages = VillageFigures.read(c, scope, year);
            List<ProgrammeTargets.Target> targets = ProgrammeTargets.standing(c);
            JsonObject learnerTurns = new JsonObject().put("byCentre", counts(turns.byCentre()))
                    .put("byTopic", counts(turns.byTopic())).put("byMonth", counts(turns.byMonth()))
                    .put("bySex", counts(turns.bySex()));
            turns.byEthnicity().ifPresent(e -> learnerTurns.put("byEthnicity", counts(e)));
            JsonArray byVillage = new JsonArray();
            for (VillageFigures v : villages) {
                JsonObject titles = new JsonObject();
                for (TitleKind title : TitleKind.values()) {
                    titles.put(title.name(), new JsonObject().put("registered", v.registered(title))
                            .put("achieved", v.achieved(title)));
                }
                byVillage.add(new JsonObject().put("commune", v.commune()).put("village", v.village())
                        .put("households", v.households()).put("titles", titles));
            }
            JsonArray progress = new JsonArray();
            for (TitleProgress p : TitleProgress.of(villages, targets)) {
                progress.add(new JsonObject().put("commune", p.commune()).put("area", p.area().name())
                        .put("title", p.title().name()).put("registered", p.registered()).put("achieved", p.achieved())
                        .put("base", p.base()).put("percent", p.percent()).put("target", p.target()));
            }
            JsonArray targetJson = new JsonArray();
            targets.forEach(t -> targetJson.add(new JsonObject().put("title", t.title().name())
                    .put("area", t.area().name()).put("percent", t.percent()).put("basis", t.basis())
                    .put("setBy", t.setBy()).put("setAt", t.setAt().toString())));
            return new JsonObject().put("year", year).put("learnerTurns", learnerTurns)
                    .put("villages", byVillage).put("progress", progress).put("targets", targetJson);
        }));
    }

    private void setTarget(RoutingContext ctx) {
        Officer officer = OfficerLogin.officer(ctx);
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        if (officer.role() != OfficerRole.PROVINCE_OFFICER) {
            ctx.fail(new Refusal(Refusal.Kind.FORBIDDEN, "officer.may_not_set_targets", Map.of()));
            return;
        }
        Optional<TitleKind> title = Api.constant(TitleKind.class, body.get().getValue("title"));
        Optional<AreaType> area = Api.constant(AreaType.class, body.get().getValue("area"));
        int percent = body.get().getValue("percent") instanceof Number n ? n.intValue() : -1;
        if (title.isEmpty() || area.isEmpty() || percent < 0 || percent > 100) {
            ctx.fail(new Refusal(Refusal.Kind.INVALID, "officer.bad_target", Map.of()));
            return;
        }
        api.blocking(ctx, 200, () -> db.write(c -> {
            ProgrammeTargets.set(c, title.get(), area.get(), percent, "", officer.login(), clock.instant());
            Officers.log(c, officer.login(), "target", title.get() + " " + area.get() + " = " + percent + "%",
                    clock.instant());
            return new JsonObject().put("title", title.get().name()).put("area", area.get().name())
                    .put("percent", percent);
        }));
    }

    /** A report's rows, for the officer's communes and a year. */
    private interface Rows {
        void each(java.sql.Connection c, CommuneScope scope, int year, java.util.function.Consumer<List<String>> sink)
                throws java.sql.SQLException;
    }

    private void download(RoutingContext ctx, String filePrefix, String titleKey, List<String> codes, Rows rows) {
        Officer officer = OfficerLogin.officer(ctx);
        int year = Api.year(ctx.queryParam("year").stream().findFirst().orElse(""), clock.instant());
        String title = api.text(ctx, titleKey, Map.of());
        TableFile file = ctx.queryParam("format").contains("xlsx") ? new XlsxFile(title) : new CsvFile();
        List<String> header = ReportHeader.cells(api.templates(), "officer.csv.", api.language(ctx), codes);
        ctx.vertx().executeBlocking(() -> {
            byte[] bytes = db.read(c -> {
                CommuneScope scope = Officers.communes(c, officer);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    file.write(out, header, sink -> rows.each(c, scope, year, sink));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return out.toByteArray();
            });
            db.write(c -> {
                Officers.log(c, officer.login(), "download", filePrefix + " " + year, clock.instant());
                return null;
            });
            return bytes;
        }, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            ctx.response().putHeader("Content-Type", file.contentType())
                    .putHeader("Content-Disposition", "attachment; filename=\"" + filePrefix + "-" + year + "."
                            + file.extension() + "\"")
                    .putHeader("Cache-Control", "no-store").end(Buffer.buffer(result.result()));
        });
    }

    private static JsonArray counts(List<LearnerTurnFigures.Count> counts) {
        JsonArray json = new JsonArray();
        counts.forEach(c -> json.add(new JsonObject().put("label", c.label()).put("turns", c.turns())));
        return json;
    }
}
