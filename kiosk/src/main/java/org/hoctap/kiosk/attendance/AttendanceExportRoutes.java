package org.hoctap.kiosk.attendance;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.web.BlockingResponseWriter;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /staff/attendance.csv} and {@code /staff/attendance.xlsx}, with {@code ?date=YYYY-MM-DD}
 * or {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD} (staff only; see {@link ExportPeriod}; days in the kiosk's
 * time zone): those days' check-ins at the centre as CSV ({@link CsvFile}) or an Excel workbook
 * ({@link XlsxFile}), streamed row by row from one database snapshot, named
 * {@code diem-danh-<centre>-<date>.csv} or {@code …-<from>_<to>.xlsx}. Each export is logged: who,
 * when, which days, how many rows; no personal data.
 */
public final class AttendanceExportRoutes implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(AttendanceExportRoutes.class);
    private static final Duration CLIENT_STALL = Duration.ofMinutes(2);

    private final StoreAccess store;
    private final Centre centre;
    private final Templates templates;
    private final ZoneId zone;
    private final Clock clock;

    public AttendanceExportRoutes(StoreAccess store, Centre centre, Templates templates, ZoneId zone, Clock clock) {
        this.store = store;
        this.centre = centre;
        this.templates = templates;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void mount(Router router) {
        router.get("/staff/attendance.csv").handler(ctx -> export(ctx, new CsvFile()));
        router.get("/staff/attendance.xlsx").handler(ctx -> export(ctx,
                new XlsxFile(templates.render("kiosk.sheet_name", Language.VI))));
    }

    private void export(RoutingContext ctx, AttendanceFile file) {
        ExportPeriod period;
        try {
            period = ExportPeriod.parse(ctx::queryParam, LocalDate.ofInstant(clock.instant(), zone));
        } catch (IllegalArgumentException e) {
            Replies.error(ctx, 400, "malformed_request", templates.render("kiosk.error_try_again", Language.VI),
                    e.getMessage());
            return;
        }
        String who = StaffLogin.who(ctx);
        HttpServerResponse response = ctx.response()
                .putHeader("Content-Type", file.contentType())
                .putHeader("Content-Disposition", "attachment; filename=\"" + fileName(period, file) + "\"")
                .putHeader("Cache-Control", "no-store");
        BlockingResponseWriter out = new BlockingResponseWriter(response, CLIENT_STALL);
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        store.blocking(() -> stream(out, file, from, to, who, period)).onComplete(result -> {
            if (result.succeeded()) {
                log.info("Attendance export: staff '{}' at {} downloaded the check-ins of {} at centre {} ({} rows)",
                        who, clock.instant(), period, centre.code(), result.result());
            } else if (result.cause() instanceof BlockingResponseWriter.ClientGone gone) {
                log.warn("Attendance export of {} for staff '{}' stopped: {}", period, who, gone.getMessage());
            } else {
                log.error("Attendance export of {} for staff '{}' failed", period, who, result.cause());
                out.abort(500, templates.render("kiosk.error_try_again", Language.VI));
            }
        });
    }

    /** Runs on a worker: writes the file, logs who took it, and returns how many check-ins it holds. */
    private long stream(BlockingResponseWriter out, AttendanceFile file, Instant from, Instant to, String who,
            ExportPeriod period) {
        long rows = store.database().read(c -> {
            try {
                return file.write(out, AttendanceCsvHeader.cells(templates),
                        sink -> AttendanceLog.each(c, centre.id(), from, to, row -> sink.accept(cells(row))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.end();
        store.database().write(c -> {
            StaffLog.record(c, new StaffLog.Entry(clock.instant(), who, "download",
                    file.extension() + " " + period + ", " + rows + " rows"));
            return null;
        });
        return rows;
    }

    private List<String> cells(AttendanceRow row) {
        return List.of(
                LocalTimeText.of(row.checkedInAt(), zone),
                row.topicName(),
                row.fullName(),
                row.householdCode(),
                Integer.toString(row.memberNo()),
                row.villageName(),
                row.method().name());
    }

    private String fileName(ExportPeriod period, AttendanceFile file) {
        String code = centre.code().replaceAll("[^A-Za-z0-9_-]", "_");
        return "diem-danh-" + code + "-" + period + "." + file.extension();
    }
}
