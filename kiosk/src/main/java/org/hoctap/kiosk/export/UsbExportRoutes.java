package org.hoctap.kiosk.export;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoctap.kiosk.staff.StaffLogin;
import org.hoctap.kiosk.web.JsonBody;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.places.Centre;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * {@code POST /api/staff/usb-export} {@code {"from":"YYYY-MM-DD","to":"YYYY-MM-DD"}} (behind the login):
 * the period's reports onto the USB stick plugged into the kiosk ({@link UsbExport}). 200
 * {@code {"message","folder","files"}}; 404 {@code no_usb}; 409 {@code usb_read_only}; 507 {@code usb_full};
 * 400 {@code bad_date}; each with a sentence for staff in their language.
 */
public final class UsbExportRoutes implements KioskRoutes {
    private final StoreAccess store;
    private final Templates templates;
    private final ZoneId zone;
    private final Clock clock;
    private final UsbExport usb;

    public UsbExportRoutes(StoreAccess store, Centre centre, Templates templates, ZoneId zone, Clock clock,
            UsbSticks sticks) {
        this.store = store;
        this.templates = templates;
        this.zone = zone;
        this.clock = clock;
        this.usb = new UsbExport(sticks, new Exports(store.database(), centre, templates, zone), centre.code());
    }

    @Override
    public void mount(Router router) {
        router.post("/api/staff/usb-export").handler(this::export);
    }

    private void export(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, templates.render("staff.bad_date", language));
        if (body.isEmpty()) {
            return;
        }
        ExportPeriod period;
        try {
            period = ExportPeriod.parse(name -> JsonBody.text(body.get(), name).map(List::of).orElse(List.of()),
                    LocalDate.ofInstant(clock.instant(), zone));
        } catch (IllegalArgumentException e) {
            Replies.error(ctx, 400, "bad_date", templates.render("staff.bad_date", language), e.getMessage());
            return;
        }
        String who = StaffLogin.who(ctx);
        Replies.whenDone(ctx, store.blocking(() -> usb.export(language, period, who, clock.instant())), outcome -> {
            switch (outcome) {
                case UsbExport.Outcome.Written done -> Replies.json(ctx, 200, new JsonObject()
                        .put("folder", done.stick().label() + "/hoctap/" + done.folder().getFileName())
                        .put("files", done.files())
                        .put("message", templates.render("staff.usb_done", language, Map.of(
                                "count", done.files().size(),
                                "folder", done.stick().label() + "/hoctap/" + done.folder().getFileName()))));
                case UsbExport.Outcome.NoStick none ->
                        Replies.error(ctx, 404, "no_usb", templates.render("staff.usb_none", language));
                case UsbExport.Outcome.ReadOnly readOnly -> Replies.error(ctx, 409, "usb_read_only",
                        templates.render("staff.usb_read_only", language, Map.of("stick", readOnly.stick().label())));
                case UsbExport.Outcome.Full full -> Replies.error(ctx, 507, "usb_full",
                        templates.render("staff.usb_full", language, Map.of("stick", full.stick().label())));
            }
        });
    }
}
