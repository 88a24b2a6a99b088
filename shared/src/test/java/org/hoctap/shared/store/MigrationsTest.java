package org.hoctap.shared.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void theLatestVersionIsTheNewestMigrationFile() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
            assertEquals(newest, Migrations.LATEST, "a new migration needs Migrations.LATEST raised with it");
        }
    }

    @Test
    void aNewDatabaseIsMigratedAndThenKnownToBeUpToDate() throws Exception {
        Path file = dir.resolve("hoctap.db");
        assertFalse(Migrations.isUpToDate(file));
        Database.open(file).close();
        assertTrue(Migrations.isUpToDate(file));

        try (Database db = Database.open(file)) {
            db.write(c -> Jdbc.update(c, "UPDATE flyway_schema_history SET success = 0 WHERE version = '13'"));
        }
        assertFalse(Migrations.isUpToDate(file), "a failed migration is Flyway's to report");
    }
}
