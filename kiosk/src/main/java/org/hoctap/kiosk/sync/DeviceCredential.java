package org.hoctap.kiosk.sync;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hoctap.shared.files.OwnerOnlyFile;

/**
 * What this kiosk got when it was enrolled: the central server's address, its device id and secret,
 * its centre, and the fingerprint of the central server's certificate when the installer pinned it
 * (a self-signed certificate over HTTPS). Kept in {@code DATA_DIR/sync-device.json}, readable by the
 * kiosk's user only.
 */
public record DeviceCredential(URI central, String deviceId, String secret, String centre,
        Optional<String> certificatePin) {
    public static final String FILE = "sync-device.json";

    @Override
    public String toString() {
        return "DeviceCredential[" + deviceId + " of " + centre + " at " + central + "]";
    }

    public void save(Path dataDir) throws IOException {
        JsonObject json = new JsonObject().put("central", central.toString()).put("device", deviceId)
                .put("secret", secret).put("centre", centre);
        certificatePin.ifPresent(pin -> json.put("certificateSha256", pin));
        OwnerOnlyFile.replace(dataDir.resolve(FILE), json.encodePrettily() + "\n");
    }

    /** The credential kept in {@code dataDir}; empty when this kiosk was never enrolled. */
    public static Optional<DeviceCredential> load(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonObject json = new JsonObject(OwnerOnlyFile.read(file));
        return Optional.of(new DeviceCredential(URI.create(json.getString("central")), json.getString("device"),
                json.getString("secret"), json.getString("centre"),
                Optional.ofNullable(json.getString("certificateSha256"))));
    }
}
