package org.hoctap.kiosk.staff;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A program logged in to a kiosk's staff pages as a browser would be: it keeps the session cookie and
 * echoes the anti-forgery token on every POST. For the benchmark, the tests and scripts.
 */
public final class StaffClient implements AutoCloseable {
    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public StaffClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in with a password; returns the login's answer (200 when it worked). */
    public HttpResponse<String> logIn(String name, String password) throws IOException, InterruptedException {
        get("/api/staff/me"); // the session may be new, without its anti-forgery token yet
        HttpResponse<String> answer = post("/api/staff/login",
                new JsonObject().put("name", name).put("password", password).encode());
        if (answer.statusCode() == 200) {
            get("/api/staff/me"); // a login changes the session: this brings the new session's anti-forgery token
        }
        return answer;
    }

    /** Logs in, or throws when the kiosk refuses. */
    public StaffClient loggedIn(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = logIn(name, password);
        if (answer.statusCode() != 200) {
            throw new IOException("the kiosk refused the staff login: " + answer.statusCode() + " " + answer.body());
        }
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A download read as it arrives, for files too large to hold. */
    public HttpResponse<InputStream> stream(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /** POSTs JSON with the anti-forgery token, fetching one first when there is none yet. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        if (token().isEmpty()) {
            get("/api/staff/me");
        }
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", token())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The anti-forgery token the kiosk gave, or "" before the first request. */
    public String token() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public CookieManager cookies() {
        return cookies;
    }

    @Override
    public void close() {
        http.close();
    }
}
