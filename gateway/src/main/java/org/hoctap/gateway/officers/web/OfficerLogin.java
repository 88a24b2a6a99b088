package org.hoctap.gateway.officers.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
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
import org.hoctap.gateway.officers.Officer;
import org.hoctap.gateway.officers.Officers;
import org.hoctap.shared.login.LoginThrottle;
import org.hoctap.shared.login.SecretHash;
import org.hoctap.shared.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Officers log in and out; nothing under {@code /api/} but {@code me} and {@code login} answers without:
 * <ul>
 *   <li>{@code GET /api/me}: {@code {"login","name","role","seesSensitive"}} or {@code {}}, and the
 *       {@code XSRF-TOKEN} cookie every POST echoes in {@code X-XSRF-TOKEN};</li>
 *   <li>{@code POST /api/login} {@code {"login","password"}}: 401 {@code wrong_login}, 429 {@code locked}
 *       after {@value LoginThrottle#MAX_FAILURES} failures;</li>
 *   <li>{@code POST /api/logout}.</li>
 * </ul>
 * A login lives in a session cookie ({@code SameSite=Strict}, {@code HttpOnly}) that ends after
 * {@link #IDLE} without a request; each login, failed or not, is in the officers' log.
 */
public final class OfficerLogin {
    private static final Logger log = LoggerFactory.getLogger(OfficerLogin.class);
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final String COOKIE = "hoctap-officer";
    private static final String OFFICER = "hoctap.officer";
    private static final int BODY_LIMIT = 16 * 1024;
    /** A made-up hash, checked when the login is unknown so that the time taken tells no names. */
    private static final String NOBODY = SecretHash.of(Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(12)));

    private final Vertx vertx;
    private final Database db;
    private final Api api;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final boolean https;
    private SessionHandler sessions;

    /** @param https whether the web is served over HTTPS, when its cookies are kept to HTTPS too */
    public OfficerLogin(Vertx vertx, Database db, Api api, Clock clock, boolean https) {
        this.https = https;
        this.vertx = vertx;
        this.db = db;
        this.api = api;
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
    }

    public void mount(Router router) {
        sessions = SessionHandler.create(LocalSessionStore.create(vertx)).setSessionCookieName(COOKIE)
                .setCookieSameSite(CookieSameSite.STRICT).setCookieHttpOnlyFlag(true)
                .setSessionTimeout(IDLE.toMillis()).setCookieSecureFlag(https).setNagHttps(false);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        CSRFHandler csrf = CSRFHandler.create(vertx, Base64.getEncoder().encodeToString(secret))
                .setCookieHttpOnly(false).setCookieSecure(https).setNagHttps(false)
                .setTimeout(Duration.ofHours(12).toMillis());
        router.post("/api/*").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
        router.route("/api/*").handler(sessions).handler(csrf).handler(this::currentOfficer);
        router.route("/download/*").handler(sessions).handler(this::currentOfficer);
        router.get("/api/me").handler(this::me);
        router.post("/api/login").handler(this::login);
        router.route("/api/*").handler(this::requireLogin);
        router.route("/download/*").handler(this::requireLogin);
        router.post("/api/logout").handler(this::logout);
    }

    /** The logged-in officer of a request past {@link #mount}'s guard, as the account stands now. */
    public static Officer officer(RoutingContext ctx) {
        return ctx.get(OFFICER);
    }

    /**
     * Reads the session's account afresh on each request, so that a disabled account, or a role taken
     * away, counts at once and not when the session ends; a session whose account is gone is logged out.
     */
    private void currentOfficer(RoutingContext ctx) {
        User user = ctx.user();
        if (user == null) {
            ctx.next();
            return;
        }
        String id = user.principal().getString("id");
        ctx.vertx().executeBlocking(() -> db.read(c -> Officers.byId(c, id)), false).onComplete(found -> {
            if (found.failed()) {
                ctx.fail(found.cause());
                return;
            }
            if (found.result().isPresent()) {
                ctx.put(OFFICER, found.result().get());
            } else {
                log.warn("the account of officer {} is disabled or gone: its session ends", user.subject());
                ctx.userContext().clear();
                ctx.session().destroy();
            }
            ctx.next();
        });
    }

    private void me(RoutingContext ctx) {
        Officer o = officer(ctx);
        api.json(ctx, 200, o == null ? new JsonObject() : describe(o));
    }

    private static JsonObject describe(Officer o) {
        return new JsonObject().put("login", o.login()).put("name", o.name()).put("role", o.role().name())
                .put("seesSensitive", o.seesSensitive());
    }

    private void requireLogin(RoutingContext ctx) {
        if (officer(ctx) != null) {
            ctx.next();
        } else if (ctx.request().path().startsWith("/download/")) {
            ctx.redirect("/");
        } else {
            api.error(ctx, 401, "login_needed", "officer.login_needed", Map.of());
        }
    }

    private void login(RoutingContext ctx) {
        Optional<JsonObject> body = api.body(ctx);
        if (body.isEmpty()) {
            return;
        }
        String login = body.get().getValue("login") instanceof String s ? s.strip() : "";
        String password = body.get().getValue("password") instanceof String s ? s : "";
        String address = ctx.request().remoteAddress().hostAddress();
        String loginKey = "login:" + login.toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address;
        Optional<Duration> locked = throttle.attempt(loginKey, addressKey);
        if (locked.isPresent()) {
            api.error(ctx, 429, "locked", "officer.locked", Map.of("minutes", LoginThrottle.minutes(locked.get())));
            return;
        }
        ctx.vertx().executeBlocking(() -> {
            Optional<Officers.Account> account = db.read(c -> Officers.byLogin(c, login));
            boolean right = SecretHash.matches(password, account.map(Officers.Account::passwordHash).orElse(NOBODY))
                    && account.isPresent();
            db.write(c -> {
                Officers.log(c, right ? account.get().officer().login() : loggable(login),
                        right ? "login" : "login_failed", "from " + address, clock.instant());
                return null;
            });
            return right ? account.map(Officers.Account::officer) : Optional.<Officer>empty();
        }, false).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else if (result.result().isEmpty()) {
                log.warn("refused an officer login as '{}' from {}", loggable(login), address);
                api.error(ctx, 401, "wrong_login", "officer.wrong_login", Map.of());
            } else {
                throttle.succeeded(loginKey, addressKey);
                Officer o = result.result().get();
                // A new session id at login: an id planted in the browser before it (session fixation) stays anonymous.
                ctx.session().regenerateId();
                sessions.setUser(ctx, User.create(new JsonObject().put("username", o.login()).put("id", o.id())))
                        .onComplete(set -> {
                            log.info("officer {} logged in from {}", o.login(), address);
                            api.json(ctx, 200, describe(o));
                        });
            }
        });
    }

    private void logout(RoutingContext ctx) {
        ctx.userContext().clear();
        if (ctx.session() != null) {
            ctx.session().destroy();
        }
        api.json(ctx, 200, new JsonObject());
    }

    /** A login name without control characters, cut short, so that it cannot forge log lines. */
    static String loggable(String login) {
        String clean = login == null || login.isBlank() ? "?" : login.strip().replaceAll("\\p{Cntrl}", "_");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
