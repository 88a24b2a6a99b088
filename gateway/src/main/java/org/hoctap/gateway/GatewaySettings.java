package org.hoctap.gateway;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.hoctap.gateway.smpp.SmppSettings;

/**
 * What a gateway needs to run.
 *
 * @param dataDir  holds {@code hoctap.db} and the staff's template overrides in {@code templates/}
 * @param smpp     the SMSC bind
 * @param zone     the households' time zone (quiet hours, "today"); Asia/Ho_Chi_Minh in Vietnam
 * @param mayFold  whether replies may be folded to unaccented Vietnamese when that is cheaper
 *                 (only where the operator's policy allows it)
 */
public record GatewaySettings(Path dataDir, SmppSettings smpp, ZoneId zone, boolean mayFold) {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATABASE_FILE = "hoctap.db";
    public static final String TEMPLATES_DIR = "templates";

    public GatewaySettings {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        Objects.requireNonNull(smpp, "smpp");
        Objects.requireNonNull(zone, "zone");
    }

    /** Accented replies (no folding). */
    public GatewaySettings(Path dataDir, SmppSettings smpp, ZoneId zone) {
        this(dataDir, smpp, zone, false);
    }

    public Path databaseFile() {
        return dataDir.resolve(DATABASE_FILE);
    }

    public Path templatesDir() {
        return dataDir.resolve(TEMPLATES_DIR);
    }
}
