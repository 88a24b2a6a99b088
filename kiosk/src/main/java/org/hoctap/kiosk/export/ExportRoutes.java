package org.hoctap.kiosk.export;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.web.BlockingResponseWriter;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.tables.CsvFile;
import org.hoctap.shared.tables.TableFile;
import org.hoctap.shared.tables.XlsxFile;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff downloads (behind the login), each as CSV ({@link CsvFile}) or an Excel workbook ({@link XlsxFile}):
 * <ul>
 *   <li>{@code GET /staff/attendance.csv|xlsx}: one row per check-in ({@link CheckInReport})</li>
 *   <li>{@code GET /staff/sessions.csv|xlsx}: one row per session, with its learner-turns ({@link SessionReport})</li>
 *   <li>{@code GET /staff/topics.csv|xlsx}: one row per topic ({@link TopicReport})</li>
 * </ul>
 * with {@code ?date=YYYY-MM-DD} or {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (see {@link ExportPeriod}; days
 * in the kiosk's time zone) and {@code ?lang=} for the header's labels. Streamed row by row from one
 * database snapshot, named e.g. {@code diem-danh-<centre>-<date>.csv} or {@code …-<from>_<to>.xlsx}. Each
 * download is in the staff log: who, when, what, which days, how many rows.
 */
public final class ExportRoutes implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(ExportRoutes.class);
    private static final Duration CLIENT_STALL = Duration.ofMinutes(2);

    private final StoreAccess store;
    private final Centre centre;
    private final Templates templates;
    private final ZoneId zone;
    private final Clock clock;
    private final Exports exports;

    public ExportRoutes(StoreAccess store, Centre centre, Templates templates, ZoneId zone, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.templates = templates;
        this.zone = zone;
        this.clock = clock;
        this.exports = new Exports(store.database(), centre, templates, zone);
    }

    @Override
    public void mount(Router router) {
        for (Report report : Exports.REPORTS) {
            router.get("/staff/" + report.name() + ".csv").handler(ctx -> export(ctx, report, new CsvFile()));
            router.get("/staff/" + report.name() + ".xlsx").handler(ctx -> export(ctx, report,
                    exports.xlsx(report, RequestLanguage.orVietnamese(ctx))));
        }
    }

    private void export(RoutingContext ctx, Report report, TableFile file) {
        Language language = RequestLanguage.orVietnamese(ctx);
        ExportPeriod period;
        try {
            period = ExportPeriod.parse(ctx::queryParam, LocalDate.ofInstant(clock.instant(), zone));
        } catch (IllegalArgumentException e) {
            Replies.error(ctx, 400, "malformed_request", templates.render("staff.bad_date", language),
                    e.getMessage());
            return;
        }
        String who = StaffLogin.who(ctx);
        HttpServerResponse response = ctx.response()
                .putHeader("Content-Type", file.contentType())
                .putHeader("Content-Disposition", "attachment; filename=\"" + exports.fileName(report, period, file) + "\"")
                .putHeader("Cache-Control", "no-store");
        BlockingResponseWriter out = new BlockingResponseWriter(response, CLIENT_STALL);
        store.blocking(() -> {
            long rows = exports.write(report, file, language, period, out.asStream());
            out.end();
            exports.logged(who, report, file, period, rows, "", clock.instant());
            return rows;
        }).onComplete(result -> {
            if (result.succeeded()) {
                log.info("Export: staff '{}' downloaded the {} of {} at centre {} ({} rows)",
                        who, report.name(), period, centre.code(), result.result());
            } else if (result.cause() instanceof BlockingResponseWriter.ClientGone gone) {
                log.warn("Export of the {} of {} for staff '{}' stopped: {}", report.name(), period, who,
                        gone.getMessage());
            } else {
                log.error("Export of the {} of {} for staff '{}' failed", report.name(), period, who, result.cause());
                out.abort(500, templates.render("kiosk.error_try_again", language));
            }
        });
    }
}
