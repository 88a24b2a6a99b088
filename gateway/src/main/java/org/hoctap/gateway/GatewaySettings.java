package org.hoctap.gateway;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.hoctap.shared.text.Folding;
import org.hoctap.gateway.inbox.InboxSettings;
import org.hoctap.gateway.outbox.OutboxSettings;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.ussd.UssdProfile;
import org.hoctap.gateway.web.TlsIdentity;

/**
 * What a gateway needs to run.
 *
 * @param dataDir  holds {@code hoctap.db} and the staff's template overrides in {@code templates/}
 * @param smpp     the SMSC bind
 * @param zone     the households' time zone (quiet hours, "today"); Asia/Ho_Chi_Minh in Vietnam
 * @param folding  when Vietnamese replies go as unaccented text (the operator's policy)
 * @param inbox    how what the SMSC delivers is read and stored
 * @param outbox   how replies are sent
 * @param adminPort the admin endpoint's port on loopback (0: any free port; -1: none)
 * @param webPort  the central web's port for officers, on all addresses (0: any free port; -1: none)
 * @param ussd     how the operator runs USSD sessions
 * @param tls      the certificate the central web and the kiosks' sync endpoint present; none: plain HTTP
 */
public record GatewaySettings(Path dataDir, SmppSettings smpp, ZoneId zone, Folding folding, InboxSettings inbox,
        OutboxSettings outbox, int adminPort, int webPort, UssdProfile ussd, Optional<TlsIdentity> tls) {
    public static final int NO_ADMIN = -1;
    public static final int NO_WEB = -1;
    /** Where the first officer's generated password is kept, in the data folder. */
    public static final String OFFICER_PASSWORD_FILE = "officer-password";

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String DATABASE_FILE = "hoctap.db";
    public static final String TEMPLATES_DIR = "templates";

    public GatewaySettings {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        Objects.requireNonNull(smpp, "smpp");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(folding, "folding");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(ussd, "ussd");
        Objects.requireNonNull(tls, "tls");
        if (adminPort < NO_ADMIN || adminPort > 65_535) {
            throw new IllegalArgumentException("the admin port must be -1 (none) or 0..65535, not " + adminPort);
        }
        if (webPort < NO_WEB || webPort > 65_535) {
            throw new IllegalArgumentException("the web port must be -1 (none) or 0..65535, not " + webPort);
        }
    }

    /** The default inbox and outbox. */
    public GatewaySettings(Path dataDir, SmppSettings smpp, ZoneId zone, Folding folding) {
        this(dataDir, smpp, zone, folding, InboxSettings.DEFAULTS, OutboxSettings.DEFAULTS, NO_ADMIN, NO_WEB,
                UssdProfile.DEFAULT, Optional.empty());
    }

    /** Replies folded to unaccented text only when that saves a message (the default policy). */
    public GatewaySettings(Path dataDir, SmppSettings smpp, ZoneId zone) {
        this(dataDir, smpp, zone, Folding.WHEN_CHEAPER);
    }

    public GatewaySettings withOutbox(OutboxSettings newOutbox) {
        return new GatewaySettings(dataDir, smpp, zone, folding, inbox, newOutbox, adminPort, webPort, ussd, tls);
    }

    public GatewaySettings withInbox(InboxSettings newInbox) {
        return new GatewaySettings(dataDir, smpp, zone, folding, newInbox, outbox, adminPort, webPort, ussd, tls);
    }

    public GatewaySettings withAdminPort(int port) {
        return new GatewaySettings(dataDir, smpp, zone, folding, inbox, outbox, port, webPort, ussd, tls);
    }

    public GatewaySettings withUssd(UssdProfile profile) {
        return new GatewaySettings(dataDir, smpp, zone, folding, inbox, outbox, adminPort, webPort, profile, tls);
    }

    public GatewaySettings withWebPort(int port) {
        return new GatewaySettings(dataDir, smpp, zone, folding, inbox, outbox, adminPort, port, ussd, tls);
    }

    public GatewaySettings withTls(Optional<TlsIdentity> identity) {
        return new GatewaySettings(dataDir, smpp, zone, folding, inbox, outbox, adminPort, webPort, ussd, identity);
    }

    public Path databaseFile() {
        return dataDir.resolve(DATABASE_FILE);
    }

    public Path officerPasswordFile() {
        return dataDir.resolve(OFFICER_PASSWORD_FILE);
    }

    public Path templatesDir() {
        return dataDir.resolve(TEMPLATES_DIR);
    }

    /** An administrator's rule-set files, over the shipped ones (see the README). */
    public Path rulesDir() {
        return dataDir.resolve("rules");
    }
}
