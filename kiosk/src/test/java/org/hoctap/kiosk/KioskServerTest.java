package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.hoctap.kiosk.session.ClassSessions;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.kiosk.staff.FirstStaffAccount;
import org.hoctap.kiosk.staff.StaffClient;
import org.hoctap.shared.id.Ids;
import org.hoctap.shared.learning.Attendance;
import org.hoctap.shared.learning.CheckInMethod;
import org.hoctap.shared.learning.Learning;
import org.hoctap.shared.people.People;
import org.hoctap.shared.people.Person;
import org.hoctap.shared.store.Database;
import org.hoctap.shared.store.Jdbc;
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
    void makesTheFirstStaffAccountOnceWithSecretsInFilesOnlyItsOwnerCanRead() throws Exception {
        SeededDatabase.create(dir).close();
        String password;
        try (KioskServer kiosk = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)).start()) {
            FirstStaffAccount first = kiosk.firstStaffAccount().orElseThrow();
            password = first.password().value();
            assertTrue(password.matches("\\d{8}"), password);
            assertTrue(first.pin().value().matches("\\d{6}"));
            for (Path file : List.of(dir.resolve("staff-password"), dir.resolve("staff-pin"))) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
            assertEquals(dir.resolve("staff-password"), first.password().file().orElseThrow());
            assertTrue(kiosk.staffLoginHint().contains("staff-password"));
            assertFalse(kiosk.staffLoginHint().contains(password), "the console never shows a secret");
            assertTrue(Files.isDirectory(dir.resolve("templates")), "made where staff put text overrides");
            String stored = kiosk.database().read(c -> Jdbc.one(c, "SELECT password_hash FROM staff_member",
                    row -> row.getString(1))).orElseThrow();
            assertTrue(stored.startsWith("$argon2id$") && !stored.contains(password), "only a hash is kept");
            assertEquals(200, staffCsv(kiosk, password).statusCode());
        }
        Files.delete(dir.resolve("staff-password"));
        try (KioskServer again = new KioskServer(KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)).start()) {
            assertTrue(again.firstStaffAccount().isEmpty(), "the account is there: nothing new is made");
            assertFalse(Files.exists(dir.resolve("staff-password")));
            assertEquals(200, staffCsv(again, password).statusCode(), "the password still works without its file");
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
        try (StaffClient staff = new StaffClient(kiosk.baseUri()).loggedIn(FirstStaffAccount.NAME, password)) {
            return staff.download("/staff/attendance.csv");
        }
    }
}
