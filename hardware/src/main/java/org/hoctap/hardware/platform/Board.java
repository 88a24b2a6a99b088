package org.hoctap.hardware.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Which board this is, from the device tree the kernel exposes; only a Raspberry Pi gets real hardware. */
public final class Board {
    static final Path DEVICE_TREE_MODEL = Path.of("/proc/device-tree/model");

    private Board() {
    }

    /** The model, e.g. "Raspberry Pi 4 Model B Rev 1.5", when this is a Raspberry Pi. */
    public static Optional<String> raspberryPi() {
        return raspberryPi(DEVICE_TREE_MODEL);
    }

    static Optional<String> raspberryPi(Path modelFile) {
        try {
            String model = Files.readString(modelFile, StandardCharsets.US_ASCII).replace("\0", "").strip();
            return model.startsWith("Raspberry Pi") ? Optional.of(model) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no device tree: a PC
        }
    }
}
