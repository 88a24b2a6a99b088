package org.hoctap.shared.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptSecretTest {
    @TempDir
    Path dir;

    @Test
    void generatesDigitsOnceInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("kiosk").resolve("staff-password");
        KeptSecret first = KeptSecret.resolve(Optional.empty(), file, 8);
        assertTrue(first.value().matches("\\d{8}"), first.value());
        assertEquals(Optional.of(file), first.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.value(), KeptSecret.resolve(Optional.empty(), file, 8).value(), "kept across restarts");
        assertFalse(first.toString().contains(first.value()), "never printed by accident");
    }

    @Test
    void aConfiguredPasswordWinsAndNoFileIsWritten() {
        Path file = dir.resolve("staff-password");
        KeptSecret configured = KeptSecret.resolve(Optional.of("mật khẩu"), file, 8);
        assertEquals("mật khẩu", configured.value());
        assertTrue(configured.file().isEmpty());
        assertFalse(Files.exists(file));
    }

    @Test
    void tightensAFileOthersCouldRead() throws Exception {
        Path file = dir.resolve("staff-password");
        Files.writeString(file, "4242\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("4242", KeptSecret.resolve(Optional.empty(), file, 8).value());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
