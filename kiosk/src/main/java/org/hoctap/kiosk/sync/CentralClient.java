package org.hoctap.kiosk.sync;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hoctap.shared.sync.RequestSignature;

/** The kiosk's side of the central server's sync endpoint: enrolment, then requests signed as the device. */
public final class CentralClient implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The central server refused, with its reason. */
    public static final class Refused extends IOException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** Spends the officer's one-time {@code code} on an enrolment of this kiosk for {@code centre}. */
    public DeviceCredential enrol(URI central, String centre, String code) throws IOException, InterruptedException {
        byte[] body = new JsonObject().put("centre", centre).put("code", code).encode()
                .getBytes(StandardCharsets.UTF_8);
        JsonObject answer = send(HttpRequest.newBuilder(central.resolve("/sync/enrol"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)), 201);
        return new DeviceCredential(central, answer.getString("device"), answer.getString("secret"),
                answer.getString("centre"));
    }

    /** A signed {@code GET /sync/hello}: who the central server takes this kiosk for, and its time. */
    public JsonObject hello(DeviceCredential credential) throws IOException, InterruptedException {
        String path = "/sync/hello";
        return send(HttpRequest.newBuilder(credential.central().resolve(path))
                .header(RequestSignature.HEADER, RequestSignature.header(credential.deviceId(), credential.secret(),
                        "GET", path, new byte[0])).GET(), 200);
    }

    private JsonObject send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject body;
        try {
            body = new JsonObject(response.body());
        } catch (DecodeException e) {
            throw new Refused(response.statusCode(), "the central server answered " + response.statusCode()
                    + " with something that is not JSON: is that the central server's sync address?");
        }
        if (response.statusCode() != expected) {
            throw new Refused(response.statusCode(), body.getString("message", "the central server answered "
                    + response.statusCode()));
        }
        return body;
    }

    @Override
    public void close() {
        http.close();
    }
}
