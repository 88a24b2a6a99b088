package org.hoctap.kiosk.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hoctap.kiosk.KioskServer;
import org.hoctap.kiosk.KioskSettings;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's files asked for all at once, as a browser does, many times over: every answer is the
 * file (Vert.x copies classpath files to a cache, and copies racing each other once gave a 500,
 * which left the kiosk screen blank).
 */
class PageFilesTest {
    private static final List<String> FILES = List.of("", "index.html", "kiosk.css", "kiosk.js", "pictograms.js",
            "card-reader.js", "browse.js", "sounds.js");

    @TempDir
    Path dir;

    @Test
    void filesAskedForTogetherAreAllServed() throws Exception {
        SeededDatabase.create(dir).close(); // the kiosk needs its centre
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (KioskServer kiosk = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword("staff-secret-42")).start()) {
            URI page = kiosk.pageUri();
            for (int round = 0; round < 120; round++) {
                List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
                for (String file : FILES) {
                    answers.add(http.sendAsync(HttpRequest.newBuilder(page.resolve(file)).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray()));
                }
                for (int i = 0; i < FILES.size(); i++) {
                    HttpResponse<byte[]> answer = answers.get(i).get();
                    assertEquals(200, answer.statusCode(), "round " + round + ", " + FILES.get(i));
                }
            }
        }
    }
}
