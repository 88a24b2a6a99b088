package org.hoctap.kiosk.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;

/**
 * The kiosk's own screen: its browser talks to the kiosk over loopback. The learners' names and the
 * anonymous check-in are for that screen only; from the centre's Wi-Fi, only staff who logged in see
 * anyone's name.
 */
public final class OwnScreen {
    private OwnScreen() {
    }

    /** Whether {@code address} (an IP literal, as a connection reports it) is the kiosk itself. */
    public static boolean is(String address) {
        if (address == null || !(address.matches("[0-9.]+") || address.contains(":"))) {
            return false; // not an IP literal: never looked up by name
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether the request comes from the kiosk's own screen. */
    public static boolean is(RoutingContext ctx) {
        return is(ctx.request().remoteAddress().hostAddress());
    }

    /** A handler that lets only the own screen, or a logged-in staff member, through; others get 403 {@code own_screen_only}. */
    public static Handler<RoutingContext> orStaff(Templates templates) {
        return ctx -> {
            if (is(ctx) || ctx.user() != null) {
                ctx.next();
            } else {
                Language language = RequestLanguage.orVietnamese(ctx);
                Replies.error(ctx, 403, "own_screen_only", templates.render("staff.login_needed", language));
            }
        };
    }
}
