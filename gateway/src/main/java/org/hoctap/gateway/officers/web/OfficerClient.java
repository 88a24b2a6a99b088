package org.hoctap.gateway.officers.web;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser's part of the central web's API, for scripts and tests: one cookie jar, the XSRF token
 * echoed on each POST.
 */
public final class OfficerClient {
    /** A response: its status and its JSON body. */
    public record Answer(int status, JsonObject body) {
        public String message() {
            return body.getString("message", "");
        }
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;

    public OfficerClient(int port) throws IOException, InterruptedException {
        this.port = port;
        get("/api/me"); // the session and its XSRF-TOKEN cookie
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A download, as bytes with its response. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Answer post(String path, JsonObject body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf()).POST(HttpRequest.BodyPublishers.ofString(body.encode())).build());
    }

    /** A POST as another site's page would make it: the cookies go, but no token. */
    public Answer postWithoutToken(String path, JsonObject body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build());
    }

    /**
     * Logs in as the page does: a GET first (the session may be new, without its anti-forgery token
     * yet), and another after, since a login changes the session.
     */
    public Answer logIn(String login, String password) throws IOException, InterruptedException {
        get("/api/me");
        Answer answer = post("/api/login", new JsonObject().put("login", login).put("password", password));
        if (answer.status() == 200) {
            get("/api/me");
        }
        return answer;
    }

    /** The session cookie, once the server has set one. */
    public java.util.Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(OfficerLogin.COOKIE))
                .findFirst();
    }

    /** Takes a session cookie from elsewhere, as a page that planted it would have. */
    public void plant(HttpCookie session) {
        cookies.getCookieStore().removeAll();
        cookies.getCookieStore().add(uri("/"), session);
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), body.isBlank() || !body.startsWith("{") ? new JsonObject()
                : new JsonObject(body));
    }
}
