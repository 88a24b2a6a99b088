package org.hoctap.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffPasswordTest {
    @TempDir
    Path dir;

    @Test
    void generatesSixDigitsOnceInAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = dir.resolve("kiosk").resolve("staff-password");
        StaffPassword first = StaffPassword.resolve(Optional.empty(), file);
        assertTrue(first.value().matches("\\d{6}"), first.value());
        assertEquals(Optional.of(file), first.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.value(), StaffPassword.resolve(Optional.empty(), file).value(), "kept across restarts");
        assertFalse(first.toString().contains(first.value()), "never printed by accident");
    }

    @Test
    void aConfiguredPasswordWinsAndNoFileIsWritten() {
        Path file = dir.resolve("staff-password");
        StaffPassword configured = StaffPassword.resolve(Optional.of("mật khẩu"), file);
        assertEquals("mật khẩu", configured.value());
        assertTrue(configured.file().isEmpty());
        assertFalse(Files.exists(file));
        assertTrue(configured.matches("mật khẩu"));
        assertFalse(configured.matches("mật khẩ"));
        assertFalse(configured.matches(null));
    }

    @Test
    void tightensAFileOthersCouldRead() throws Exception {
        Path file = dir.resolve("staff-password");
        Files.writeString(file, "4242\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("4242", StaffPassword.resolve(Optional.empty(), file).value());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
