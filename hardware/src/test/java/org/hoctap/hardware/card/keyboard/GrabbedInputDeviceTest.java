package org.hoctap.hardware.card.keyboard;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native side of the keyboard reader, as far as a PC without the reader can take it. */
class GrabbedInputDeviceTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDeviceSaysSoAndWhatToCheck() {
        IOException e = assertThrows(IOException.class,
                () -> GrabbedInputDevice.open(dir.resolve("usb-reader-event-kbd")));
        assertTrue(e.getMessage().contains("cannot open") && e.getMessage().contains("'input' group"), e.getMessage());
    }

    @Test
    void somethingThatIsNoInputDeviceCannotBeGrabbedAndIsLetGo() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-device"), "x");
        IOException e = assertThrows(IOException.class, () -> GrabbedInputDevice.open(file));
        assertTrue(e.getMessage().contains("cannot grab"), e.getMessage());
    }
}
