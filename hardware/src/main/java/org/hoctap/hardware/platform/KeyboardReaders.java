package org.hoctap.hardware.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The keyboards plugged in, by their stable names ({@code /dev/input/by-id/*-event-kbd}); a
 * keyboard-wedge card reader is one of them (a kiosk has no other keyboard).
 */
public final class KeyboardReaders {
    static final Path BY_ID = Path.of("/dev/input/by-id");

    private KeyboardReaders() {
    }

    public static List<Path> find() {
        return find(BY_ID);
    }

    static List<Path> find(Path directory) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(directory, "*-event-kbd")) {
            devices.forEach(found::add);
        } catch (IOException e) {
            return List.of(); // no input devices at all
        }
        found.sort(null);
        return found;
    }
}
