package org.hoctap.hardware.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The devices the kernel shows that a kiosk's hardware would use, for the installer's check: SPI
 * (an MFRC522 reader; present once SPI is turned on), I2C buses (a UPS HAT), and keyboards (a USB
 * card reader).
 */
public record Inventory(List<Path> spi, List<Path> i2c, List<Path> keyboards) {
    public static Inventory ofThisMachine() {
        return of(Path.of("/dev"), KeyboardReaders.BY_ID);
    }

    static Inventory of(Path dev, Path inputById) {
        return new Inventory(matching(dev, "spidev*"), matching(dev, "i2c-*"), KeyboardReaders.find(inputById));
    }

    /** One line per kind, saying what to turn on where nothing is seen. */
    public List<String> lines() {
        return List.of(
                "SPI: " + (spi.isEmpty() ? "none (for an MFRC522: sudo raspi-config nonint do_spi 0, then reboot)"
                        : names(spi)),
                "I2C: " + (i2c.isEmpty() ? "none (for a UPS HAT: sudo raspi-config nonint do_i2c 0, then reboot)"
                        : names(i2c)),
                "USB keyboards (card readers): " + (keyboards.isEmpty() ? "none" : names(keyboards)));
    }

    private static String names(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }

    private static List<Path> matching(Path directory, String glob) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, glob)) {
            entries.forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }
}
