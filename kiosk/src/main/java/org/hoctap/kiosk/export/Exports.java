package org.hoctap.kiosk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hoctap.kiosk.staff.StaffLog;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.tables.CsvFile;
import org.hoctap.shared.tables.ReportHeader;
import org.hoctap.shared.tables.TableFile;
import org.hoctap.shared.tables.XlsxFile;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * Writing the centre's reports for a period, wherever they go (a download, a USB stick): each file
 * from one database snapshot, and each one in the staff log.
 */
final class Exports {
    static final List<Report> REPORTS = List.of(new CheckInReport(), new SessionReport(), new TopicReport());

    private final Database db;
    private final Centre centre;
    private final Templates templates;
    private final ZoneId zone;

    Exports(Database db, Centre centre, Templates templates, ZoneId zone) {
        this.db = db;
        this.centre = centre;
        this.templates = templates;
        this.zone = zone;
    }

    /** The file formats of a report, with sheet names in {@code language}. */
    List<TableFile> formats(Report report, Language language) {
        return List.of(new CsvFile(), xlsx(report, language));
    }

    XlsxFile xlsx(Report report, Language language) {
        return new XlsxFile(templates.render("staff.report." + report.name(), language));
    }

    /** Writes the report of {@code period} to {@code out} and flushes it (blocking); returns how many rows. */
    long write(Report report, TableFile file, Language language, ExportPeriod period, OutputStream out) {
        Instant from = period.from().atStartOfDay(zone).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<String> header = ReportHeader.cells(templates, "staff.csv.", language, report.codes());
        return db.read(c -> {
            try (RowPipe pipe = new RowPipe(file, out, header)) {
                report.each(c, centre.id(), from, to, zone, pipe::put);
                long rows = pipe.finish();
                out.flush();
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Records in the staff log that {@code who} took the file, e.g. {@code attendance.csv 2026-11-22, 42 rows, USB}. */
    void logged(String who, Report report, TableFile file, ExportPeriod period, long rows, String where, Instant at) {
        db.write((Connection c) -> {
            StaffLog.record(c, new StaffLog.Entry(at, who, "download", report.name() + "." + file.extension() + " "
                    + period + ", " + rows + " rows" + (where.isEmpty() ? "" : ", " + where)));
            return null;
        });
    }

    /** E.g. {@code diem-danh-QC-2026-11-01_2026-11-30.csv}. */
    String fileName(Report report, ExportPeriod period, TableFile file) {
        String code = centre.code().replaceAll("[^A-Za-z0-9_-]", "_");
        return report.filePrefix() + "-" + code + "-" + period + "." + file.extension();
    }
}
