package org.hoctap.kiosk.staff;

import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CSRFHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hoctap.kiosk.staff.StaffAccounts.Secret;
import org.hoctap.kiosk.web.JsonBody;
import org.hoctap.kiosk.web.KioskRoutes;
import org.hoctap.kiosk.web.OwnScreen;
import org.hoctap.kiosk.web.Replies;
import org.hoctap.kiosk.web.RequestLanguage;
import org.hoctap.kiosk.web.StoreAccess;
import org.hoctap.shared.login.LoginThrottle;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff log in and out, and nothing under {@code /staff/} or {@code /api/staff/} is reachable without:
 * <ul>
 *   <li>{@code GET /api/staff/me}: 200 {@code {"name"}} when logged in, else 200 {@code {}} (and, either way,
 *       the {@code XSRF-TOKEN} cookie that every POST must echo in the {@code X-XSRF-TOKEN} header: a 4xx
 *       answer would not keep the session that holds the token)</li>
 *   <li>{@code POST /api/staff/login} {@code {"name","password"}}, or {@code {"name","pin"}} from the
 *       kiosk's own screen only: 200 {@code {"name"}}; 401 {@code wrong_login}; 429 {@code locked} after
 *       {@value LoginThrottle#MAX_FAILURES} failures; 403 {@code pin_on_kiosk_only}</li>
 *   <li>{@code POST /api/staff/logout}; {@code GET /api/staff/pin-names} (the kiosk screen only): names to tap</li>
 * </ul>
 * A login lives in a session cookie ({@code SameSite=Strict}, {@code HttpOnly}) that ends after
 * {@link #IDLE} without a request. Every login, failed or not, is in the staff log.
 */
public final class StaffLogin implements KioskRoutes {
    private static final Logger log = LoggerFactory.getLogger(StaffLogin.class);
    public static final Duration IDLE = Duration.ofMinutes(15);
    public static final String COOKIE = "hoctap-staff";
    private static final int MAX_NAME_LENGTH = 40;

    private final Vertx vertx;
    private final StoreAccess store;
    private final StaffAccounts accounts;
    private final Templates templates;
    private final Clock clock;
    private final LoginThrottle throttle;
    private SessionHandler sessions;

    public StaffLogin(Vertx vertx, StoreAccess store, StaffAccounts accounts, Templates templates, Clock clock) {
        this.vertx = vertx;
        this.store = store;
        this.accounts = accounts;
        this.templates = templates;
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
    }

    @Override
    public void mount(Router router) {
        sessions = SessionHandler.create(LocalSessionStore.create(vertx))
                .setSessionCookieName(COOKIE)
                .setCookieSameSite(CookieSameSite.STRICT)
                .setCookieHttpOnlyFlag(true)
                .setSessionTimeout(IDLE.toMillis())
                .setNagHttps(false);
        CSRFHandler csrf = CSRFHandler.create(vertx, randomSecret())
                .setCookieHttpOnly(false) // the page reads it to echo it in the header
                .setNagHttps(false)
                .setTimeout(Duration.ofHours(12).toMillis());
        // The body is read before the session is looked up: an asynchronous handler ahead of it would lose it.
        router.post("/api/staff/*").handler(JsonBody.reader());
        router.route("/api/staff/*").handler(sessions).handler(csrf);
        router.route("/staff/*").handler(sessions);

        router.get("/api/staff/me").handler(this::me);
        router.post("/api/staff/login").handler(this::login);
        router.get("/api/staff/pin-names").handler(this::pinNames);
        router.route("/api/staff/*").handler(this::requireLogin);
        router.route("/staff/*").handler(this::requireLogin);
        router.post("/api/staff/logout").handler(this::logout);
    }

    /** The logged-in staff member's name, safe to log; "?" when nobody is. */
    public static String who(RoutingContext ctx) {
        User user = ctx.user();
        return user == null ? "?" : loggable(user.subject());
    }

    private void me(RoutingContext ctx) {
        JsonObject body = new JsonObject();
        if (ctx.user() != null) {
            body.put("name", ctx.user().subject());
        }
        Replies.json(ctx, 200, body);
    }

    private void requireLogin(RoutingContext ctx) {
        if (ctx.user() != null) {
            ctx.next();
        } else if (ctx.request().path().startsWith("/staff/")) {
            // A download link followed without a login: log in, then try again.
            ctx.redirect("/kiosk/staff.html");
        } else {
            refuse(ctx);
        }
    }

    private void refuse(RoutingContext ctx) {
        Replies.error(ctx, 401, "login_needed", text("staff.login_needed", RequestLanguage.orVietnamese(ctx)));
    }

    private void login(RoutingContext ctx) {
        Language language = RequestLanguage.orVietnamese(ctx);
        Optional<JsonObject> body = JsonBody.of(ctx, text("staff.wrong_login", language));
        if (body.isEmpty()) {
            return;
        }
        String name = JsonBody.text(body.get(), "name").orElse("");
        Optional<String> pin = JsonBody.text(body.get(), "pin");
        Secret secret = pin.isPresent() ? Secret.PIN : Secret.PASSWORD;
        String given = pin.orElseGet(() -> body.get().getValue("password") instanceof String p ? p : "");
        String address = ctx.request().remoteAddress().hostAddress();
        if (secret == Secret.PIN && !OwnScreen.is(address)) {
            Replies.error(ctx, 403, "pin_on_kiosk_only", text("staff.pin_on_kiosk_only", language));
            return;
        }
        String nameKey = "name:" + name.toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address;
        Optional<Duration> locked = throttle.attempt(nameKey, addressKey);
        if (locked.isPresent()) {
            Replies.error(ctx, 429, "locked", templates.render("staff.locked", language,
                    Map.of("minutes", LoginThrottle.minutes(locked.get()))));
            return;
        }
        store.blocking(() -> {
            Optional<String> account = accounts.check(name, secret, given);
            store.database().write(c -> {
                StaffLog.record(c, new StaffLog.Entry(clock.instant(), account.orElse(loggable(name)),
                        account.isPresent() ? "login" : "login_failed",
                        secret.name().toLowerCase(Locale.ROOT) + " from " + address));
                return null;
            });
            return account;
        }).onComplete(result -> {
            if (result.failed()) {
                log.error("staff login failed", result.cause());
                Replies.error(ctx, 500, "try_again", text("kiosk.error_try_again", language));
            } else if (result.result().isEmpty()) {
                log.warn("refused a staff login as '{}' from {}", loggable(name), address);
                Replies.error(ctx, 401, "wrong_login", text("staff.wrong_login", language));
            } else {
                throttle.succeeded(nameKey, addressKey);
                String account = result.result().get();
                // A new session id at login: an id planted in the browser before it (session fixation) stays anonymous.
                ctx.session().regenerateId();
                sessions.setUser(ctx, User.fromName(account)).onComplete(set -> {
                    log.info("staff {} logged in from {}", loggable(account), address);
                    Replies.json(ctx, 200, new JsonObject().put("name", account));
                });
            }
        });
    }

    private void logout(RoutingContext ctx) {
        String name = who(ctx);
        // Not UserContext.logout(): it answers with a redirect, and a page's script wants JSON.
        ctx.userContext().clear();
        if (ctx.session() != null) {
            ctx.session().destroy();
        }
        log.info("staff {} logged out", name);
        Replies.json(ctx, 200, new JsonObject());
    }

    private void pinNames(RoutingContext ctx) {
        if (!OwnScreen.is(ctx)) {
            Replies.error(ctx, 403, "pin_on_kiosk_only", text("staff.pin_on_kiosk_only", RequestLanguage.orVietnamese(ctx)));
            return;
        }
        store.blocking(accounts::namesWithPin).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else {
                Replies.json(ctx, 200, new JsonArray(result.result()));
            }
        });
    }

    private String text(String key, Language language) {
        return templates.render(key, language);
    }

    /** A user name without control characters, cut short, so that it cannot forge log lines. */
    static String loggable(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String clean = name.strip().replaceAll("\\p{Cntrl}", "_");
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH) + "…" : clean;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
