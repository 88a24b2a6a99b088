package org.hoctap.kiosk.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;

/**
 * The officers' wording of the texts, as the central server has it, written into the kiosk's
 * template folder (replacing a file only when it differs). The kiosk reads the folder when it
 * starts, so new wording shows from the next start.
 */
final class TemplatesDown {
    private static final Set<String> FILES = Set.of("vi.properties", "blt.properties", "hnj.properties");

    private TemplatesDown() {
    }

    /** Writes the files that differ; returns how many. Names other than the three languages' are ignored. */
    static int apply(Path dir, Map<String, String> files) throws IOException {
        int changed = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!FILES.contains(file.getKey())) {
                continue;
            }
            Path target = dir.resolve(file.getKey());
            if (Files.exists(target) && Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) {
                continue;
            }
            Files.createDirectories(dir);
            Path temporary = dir.resolve(file.getKey() + ".new");
            Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed++;
        }
        return changed;
    }
}
