package org.hoctap.hardware.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryTest {
    @TempDir
    Path dev;

    @Test
    void listsSpiI2cAndKeyboardsAsTheKernelShowsThem() throws Exception {
        Files.createFile(dev.resolve("spidev0.1"));
        Files.createFile(dev.resolve("spidev0.0"));
        Files.createFile(dev.resolve("i2c-1"));
        Files.createFile(dev.resolve("tty1"));
        Path byId = Files.createDirectories(dev.resolve("input/by-id"));
        Files.createFile(byId.resolve("usb-IC_Reader-event-kbd"));
        Inventory inventory = Inventory.of(dev, byId);
        assertEquals(List.of(dev.resolve("spidev0.0"), dev.resolve("spidev0.1")), inventory.spi());
        assertEquals(List.of(dev.resolve("i2c-1")), inventory.i2c());
        assertEquals(List.of(byId.resolve("usb-IC_Reader-event-kbd")), inventory.keyboards());
    }

    @Test
    void whereNothingIsSeenItSaysWhatToTurnOn() {
        List<String> lines = Inventory.of(dev.resolve("absent"), dev.resolve("absent")).lines();
        assertTrue(lines.get(0).contains("do_spi 0"), lines.get(0));
        assertTrue(lines.get(1).contains("do_i2c 0"), lines.get(1));
        assertEquals("USB keyboards (card readers): none", lines.get(2));
    }
}
