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
import java.util.Optional;
import org.hoctap.shared.net.CertificatePin;
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

    /** How many bytes of a batch the central server has, and whether it has stored the batch. */
    public record UploadState(long offset, boolean stored) {
    }

    private static final String OFFSET = "Upload-Offset";

    private final Optional<String> certificatePin;
    private final HttpClient http;

    /** A client that trusts the system's certificate authorities (or plain HTTP). */
    public CentralClient() {
        this(Optional.empty());
    }

    /** A client that trusts the central server's certificate with this fingerprint, self-signed or not. */
    public CentralClient(Optional<String> certificatePin) {
        this.certificatePin = certificatePin.map(CertificatePin::parse);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .sslContext(CertificatePin.trusting(this.certificatePin)).build();
    }

    /** The fingerprint this client trusts, if any. */
    public Optional<String> certificatePin() {
        return certificatePin;
    }

    /** Spends the officer's one-time {@code code} on an enrolment of this kiosk for {@code centre}. */
    public DeviceCredential enrol(URI central, String centre, String code) throws IOException, InterruptedException {
        byte[] body = new JsonObject().put("centre", centre).put("code", code).encode()
                .getBytes(StandardCharsets.UTF_8);
        JsonObject answer = send(HttpRequest.newBuilder(central.resolve("/sync/enrol"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)), 201);
        return new DeviceCredential(central, answer.getString("device"), answer.getString("secret"),
                answer.getString("centre"), certificatePin);
    }

    /** A signed {@code GET /sync/hello}: who the central server takes this kiosk for, and its time. */
    public JsonObject hello(DeviceCredential credential) throws IOException, InterruptedException {
        String path = "/sync/hello";
        return send(HttpRequest.newBuilder(credential.central().resolve(path))
                .header(RequestSignature.HEADER, RequestSignature.header(credential.deviceId(), credential.secret(),
                        "GET", path, new byte[0])).GET(), 200);
    }

    /** A page of changed records from the central server: gzip of one JSON record per line. */
    public record DownPage(byte[] gzip, long last, boolean more) {
    }

    /** {@code GET /sync/down?after=N}: the records changed after change {@code after}. */
    public DownPage down(DeviceCredential credential, long after) throws IOException, InterruptedException {
        String path = "/sync/down?after=" + after;
        HttpResponse<byte[]> response = http.send(signed(credential, "GET", path).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new Refused(response.statusCode(), "the central server answered " + response.statusCode()
                    + " when asked for the roster");
        }
        return new DownPage(response.body(), response.headers().firstValue("Sync-Last").map(Long::parseLong)
                .orElse(after), response.headers().firstValue("Sync-More").map(Boolean::parseBoolean).orElse(false));
    }

    /** {@code GET /sync/templates}: the officers' text files by name ({@code vi.properties}…). */
    public java.util.Map<String, String> templates(DeviceCredential credential) throws IOException,
            InterruptedException {
        String path = "/sync/templates";
        JsonObject files = send(signed(credential, "GET", path).GET(), 200).getJsonObject("files", new JsonObject());
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        files.forEach(entry -> texts.put(entry.getKey(), String.valueOf(entry.getValue())));
        return texts;
    }

    /** {@code HEAD /sync/up/{batch}}: where a batch's upload stands on the server. */
    public UploadState uploadState(DeviceCredential credential, String batchId) throws IOException,
            InterruptedException {
        String path = "/sync/up/" + batchId;
        HttpResponse<Void> response = http.send(signed(credential, "HEAD", path)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new Refused(response.statusCode(), "the central server answered " + response.statusCode()
                    + " when asked about a batch");
        }
        return new UploadState(offsetOf(response), response.headers().firstValue("Upload-Complete")
                .map(Boolean::parseBoolean).orElse(false));
    }

    /** {@code PATCH /sync/up/{batch}}: the batch's bytes from {@code offset}; where it stands afterwards. */
    public UploadState upload(DeviceCredential credential, UpBatch batch, long offset) throws IOException,
            InterruptedException {
        String path = "/sync/up/" + batch.id();
        HttpResponse<String> response = http.send(signed(credential, "PATCH", path)
                .header(OFFSET, Long.toString(offset)).header("Upload-Length", Integer.toString(batch.bytes().length))
                .header("Content-Type", "application/octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(batch.bytes(), (int) offset,
                        batch.bytes().length - (int) offset)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return switch (response.statusCode()) {
            case 200 -> new UploadState(batch.bytes().length, true);
            case 204, 409 -> new UploadState(offsetOf(response), false);
            default -> throw new Refused(response.statusCode(), messageOf(response));
        };
    }

    private static HttpRequest.Builder signed(DeviceCredential credential, String method, String path) {
        return HttpRequest.newBuilder(credential.central().resolve(path)).timeout(TIMEOUT)
                .header(RequestSignature.HEADER, RequestSignature.header(credential.deviceId(), credential.secret(),
                        method, path, new byte[0]));
    }

    private static long offsetOf(HttpResponse<?> response) throws Refused {
        return response.headers().firstValue(OFFSET).map(Long::parseLong).orElseThrow(() -> new Refused(
                response.statusCode(), "the central server did not say how much of the batch it has"));
    }

    private static String messageOf(HttpResponse<String> response) {
        try {
            return new JsonObject(response.body()).getString("message", "the central server answered "
                    + response.statusCode());
        } catch (DecodeException e) {
            return "the central server answered " + response.statusCode();
        }
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
