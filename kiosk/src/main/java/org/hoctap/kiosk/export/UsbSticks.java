package org.hoctap.kiosk.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The USB sticks plugged into the kiosk: file systems the desktop mounted under {@code root}
 * ({@code /media/<user>/<label>} on Raspberry Pi OS), as the kernel's mount table lists them.
 *
 * @param mountTable the kernel's list of mounts, {@code /proc/mounts}
 * @param root       where removable drives are mounted, {@code /media}
 */
public record UsbSticks(Path mountTable, Path root) {
    public static final UsbSticks SYSTEM = new UsbSticks(Path.of("/proc/mounts"), Path.of("/media"));

    /** A mounted stick: where, and whether it was mounted read-only. */
    public record Stick(Path mountPoint, boolean readOnly) {
        /** Its name as people know it: the volume label the desktop used for the folder. */
        public String label() {
            return mountPoint.getFileName().toString();
        }
    }

    /** The sticks mounted now, in the order of their folders' names; none when the mount table cannot be read. */
    public List<Stick> mounted() {
        List<String> lines;
        try {
            lines = Files.exists(mountTable) ? Files.readAllLines(mountTable, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mountTable, e);
        }
        Path base = root.toAbsolutePath().normalize();
        List<Stick> sticks = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (fields.length < 4) {
                continue;
            }
            Path mountPoint = Path.of(unescape(fields[1])).normalize();
            if (mountPoint.startsWith(base) && !mountPoint.equals(base)) {
                sticks.add(new Stick(mountPoint, Set.of(fields[3].split(",")).contains("ro")));
            }
        }
        sticks.sort(Comparator.comparing(stick -> stick.mountPoint().toString()));
        return sticks;
    }

    /** The mount table writes spaces, tabs, newlines and backslashes in paths as octal escapes ({@code \040}). */
    static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
