package org.hoctap.hardware.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardTest {
    @TempDir
    Path dir;

    @Test
    void aRaspberryPisDeviceTreeModelIsRecognisedWithoutItsTrailingNul() throws Exception {
        Path model = Files.writeString(dir.resolve("model"), "Raspberry Pi 5 Model B Rev 1.0\0");
        assertEquals(Optional.of("Raspberry Pi 5 Model B Rev 1.0"), Board.raspberryPi(model));
    }

    @Test
    void anotherBoardOrNoDeviceTreeIsNoPi() throws Exception {
        Path model = Files.writeString(dir.resolve("model"), "Pine64 RockPro64\0");
        assertEquals(Optional.empty(), Board.raspberryPi(model));
        assertEquals(Optional.empty(), Board.raspberryPi(dir.resolve("absent")));
    }

    @Test
    void keyboardsAreFoundByTheirStableNamesInOrder() throws Exception {
        Files.createFile(dir.resolve("usb-IC_Reader_08FF20140315-event-kbd"));
        Files.createFile(dir.resolve("usb-Logitech_USB_Receiver-if01-event-mouse"));
        Files.createFile(dir.resolve("usb-Barcode_Scanner-event-kbd"));
        assertEquals(List.of(dir.resolve("usb-Barcode_Scanner-event-kbd"),
                dir.resolve("usb-IC_Reader_08FF20140315-event-kbd")), KeyboardReaders.find(dir));
        assertEquals(List.of(), KeyboardReaders.find(dir.resolve("absent")));
    }
}
