package org.hoctap.kiosk.staff;

import io.vertx.core.Future;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.Credentials;
import io.vertx.ext.auth.authentication.UsernamePasswordCredentials;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BasicAuthHandler;
import org.hoctap.kiosk.web.KioskRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards {@code /staff/*} with HTTP Basic authentication: any user name (recorded in the logs as who
 * did what) with the staff password.
 */
public final class StaffAuth implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(StaffAuth.class);
    private static final String REALM = "hoctap kiosk staff";
    private static final int MAX_NAME_LENGTH = 40;

    private final StaffPassword password;

    public StaffAuth(StaffPassword password) {
        this.password = password;
    }

    @Override
    public void mount(Router router) {
        router.route("/staff/*").handler(BasicAuthHandler.create(this::authenticate, REALM));
        // The handler has set WWW-Authenticate; answer the refusal here instead of logging it as unhandled.
        router.errorHandler(401, ctx -> {
            if (!ctx.response().ended()) {
                ctx.response().setStatusCode(401).putHeader("Cache-Control", "no-store").end();
            }
        });
    }

    /** The staff member's name as they typed it at the password prompt, safe to log. */
    public static String who(RoutingContext ctx) {
        User user = ctx.user();
        return user == null ? "?" : loggable(user.subject());
    }

    private Future<User> authenticate(Credentials credentials) {
        if (credentials instanceof UsernamePasswordCredentials given && password.matches(given.getPassword())) {
            return Future.succeededFuture(User.fromName(loggable(given.getUsername())));
        }
        String name = credentials instanceof UsernamePasswordCredentials given ? given.getUsername() : null;
        log.warn("refused a staff login as '{}': wrong password", loggable(name));
        return Future.failedFuture("wrong staff password");
    }

    /** A user name without control characters, cut short, so that it cannot forge log lines. */
    static String loggable(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String clean = name.strip().replaceAll("\\p{Cntrl}", "_");
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH) + "…" : clean;
    }
}
