package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Attendance;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the kiosk, its staff password, and a large export. */
class KioskServerTest {
    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutACentreAndSaysWhatToDo() {
        Database.open(dir.resolve("hoctap.db")).close();
        KioskServer kiosk = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, kiosk::start);
        assertTrue(e.getMessage().contains("has no centre yet"), e.getMessage());
        kiosk.close();
    }

    @Test
    void refusesACentreTheDatabaseDoesNotHave() {
        SeededDatabase.create(dir).close();
        KioskServer kiosk = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withCentreCode("XX"));
        IllegalStateException e = assertThrows(IllegalStateException.class, kiosk::start);
        assertTrue(e.getMessage().contains("no centre XX; it has [QC]"), e.getMessage());
        kiosk.close();
    }

    @Test
    void generatesAStaffPasswordOnceAndAcceptsIt() throws Exception {
        SeededDatabase.create(dir).close();
        String password;
        try (KioskServer kiosk = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)).start()) {
            password = kiosk.staffPassword().value();
            Path file = dir.resolve("staff-password");
            assertEquals(file, kiosk.staffPassword().file().orElseThrow());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(Files.isDirectory(dir.resolve("templates")), "made where staff put text overrides");
            assertEquals(200, staffCsv(kiosk, password).statusCode());
        }
        try (KioskServer again = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)).start()) {
            assertEquals(password, again.staffPassword().value());
        }
    }

    @Test
    void streamsAnExportOfEveryLearner() throws Exception {
        SeededDatabase.create(dir).close();
        try (KioskServer kiosk = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword("pw")).start()) {
            Database db = kiosk.database();
            String topicId = db.read(Learning::topics).get(0).id();
            OpenSession open = ClassSessions.openNow(db, kiosk.centre().id(), topicId,
                    "Thầy Giàng A Dê", Clock.systemUTC());
            List<String> ids = db.read(c -> People.learnersOfCentre(c, kiosk.centre().id())).stream()
                    .map(Person::id).toList();
            int persons = db.write(c -> {
                for (String id : ids) {
                    Learning.checkIn(c, new Attendance(Ids.newId(), open.session().id(), id,
                            Clock.systemUTC().instant(), CheckInMethod.STAFF));
                }
                return ids.size();
            });
            HttpResponse<byte[]> csv = staffCsv(kiosk, "pw");
            assertEquals(200, csv.statusCode());
            List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(persons + 1, lines.size());
            assertTrue(persons > 1000, "the sample has about 1,200 persons: " + persons);
            assertTrue(lines.stream().skip(1).allMatch(line -> line.endsWith(",STAFF")));
        }
    }

    private static HttpResponse<byte[]> staffCsv(KioskServer kiosk, String password) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String token = Base64.getEncoder().encodeToString(("staff:" + password).getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(kiosk.baseUri().resolve("/staff/attendance.csv"))
                    .header("Authorization", "Basic " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
