package org.hoctap.kiosk;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.hoctap.kiosk.clock.SystemClockSetter;
import org.hoctap.kiosk.export.UsbSticks;

/**
 * How a kiosk runs.
 *
 * @param dataDir       folder of {@code hoctap.db}, the {@code templates/} overrides, {@code staff-password} and {@code staff-pin}
 * @param host          address to listen on ("0.0.0.0": also the centre's Wi-Fi; "127.0.0.1": the screen only)
 * @param port          HTTP port; 0 picks a free one (see {@link KioskServer#port()})
 * @param centreCode    the centre this kiosk stands in; empty: the only centre in the database
 * @param zone          the kiosk's time zone, for "today" and local times in exports
 * @param staffPassword the password of the first staff account ("staff"); empty: generated once and kept in
 *                      {@link #staffPasswordFile()}
 * @param staffPin      that account's PIN for the kiosk's own screen; empty: generated once and kept in
 *                      {@link #staffPinFile()}
 * @param closingHour   sessions still open at this local time close by themselves
 * @param usbSticks     where the staff's USB export finds sticks
 * @param clockSetter   how staff set the machine's clock
 */
public record KioskSettings(
        Path dataDir,
        String host,
        int port,
        Optional<String> centreCode,
        ZoneId zone,
        Optional<String> staffPassword,
        Optional<String> staffPin,
        LocalTime closingHour,
        UsbSticks usbSticks,
        SystemClockSetter clockSetter) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final LocalTime DEFAULT_CLOSING_HOUR = LocalTime.of(21, 0);

    public KioskSettings {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(centreCode, "centreCode");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(staffPassword, "staffPassword");
        Objects.requireNonNull(staffPin, "staffPin");
        Objects.requireNonNull(closingHour, "closingHour");
        Objects.requireNonNull(usbSticks, "usbSticks");
        Objects.requireNonNull(clockSetter, "clockSetter");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (staffPassword.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("the staff password must not be blank");
        }
        if (staffPin.filter(pin -> !pin.matches("\\d{4,12}")).isPresent()) {
            throw new IllegalArgumentException("the staff PIN must be 4 to 12 digits");
        }
    }

    /** Listens on all addresses at port 8080, in Vietnam's time zone, for the only centre, with a generated password. */
    public static KioskSettings of(Path dataDir) {
        return new KioskSettings(dataDir, DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), VIETNAM, Optional.empty(),
                Optional.empty(), DEFAULT_CLOSING_HOUR, UsbSticks.SYSTEM,
                SystemClockSetter.TIMEDATECTL);
    }

    public KioskSettings withHost(String newHost) {
        return new KioskSettings(dataDir, newHost, port, centreCode, zone, staffPassword, staffPin, closingHour, usbSticks, clockSetter);
    }

    public KioskSettings withPort(int newPort) {
        return new KioskSettings(dataDir, host, newPort, centreCode, zone, staffPassword, staffPin, closingHour, usbSticks, clockSetter);
    }

    public KioskSettings withCentreCode(String code) {
        return new KioskSettings(dataDir, host, port, Optional.of(code), zone, staffPassword, staffPin, closingHour, usbSticks, clockSetter);
    }

    public KioskSettings withZone(ZoneId newZone) {
        return new KioskSettings(dataDir, host, port, centreCode, newZone, staffPassword, staffPin, closingHour, usbSticks, clockSetter);
    }

    public KioskSettings withStaffPassword(String password) {
        return new KioskSettings(dataDir, host, port, centreCode, zone, Optional.of(password), staffPin, closingHour, usbSticks, clockSetter);
    }

    public KioskSettings withClosingHour(LocalTime hour) {
        return new KioskSettings(dataDir, host, port, centreCode, zone, staffPassword, staffPin, hour, usbSticks, clockSetter);
    }

    public KioskSettings withUsbSticks(UsbSticks sticks) {
        return new KioskSettings(dataDir, host, port, centreCode, zone, staffPassword, staffPin, closingHour, sticks, clockSetter);
    }

    public KioskSettings withClockSetter(SystemClockSetter setter) {
        return new KioskSettings(dataDir, host, port, centreCode, zone, staffPassword, staffPin, closingHour, usbSticks,
                setter);
    }

    public KioskSettings withStaffPin(String pin) {
        return new KioskSettings(dataDir, host, port, centreCode, zone, staffPassword, Optional.of(pin), closingHour, usbSticks, clockSetter);
    }

    public Path databaseFile() {
        return dataDir.resolve("hoctap.db");
    }

    public Path templatesDir() {
        return dataDir.resolve("templates");
    }

    public Path staffPasswordFile() {
        return dataDir.resolve("staff-password");
    }

    public Path staffPinFile() {
        return dataDir.resolve("staff-pin");
    }
}
