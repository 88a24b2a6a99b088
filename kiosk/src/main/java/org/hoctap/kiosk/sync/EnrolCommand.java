package org.hoctap.kiosk.sync;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoctap.shared.net.CertificatePin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code enrol}: enrols this kiosk with the central server using an officer's one-time code, keeps
 * the credential in the data folder, and checks it with a signed request.
 */
@Command(name = "enrol", mixinStandardHelpOptions = true,
        description = "Enrols this kiosk with the central server for sync, with a one-time code from an officer "
                + "(on the server: ./hoctap devices code --centre CODE).")
public final class EnrolCommand implements Callable<Integer> {
    @Option(names = "--central", required = true, paramLabel = "URL",
            description = "The central server's sync address, e.g. https://192.168.1.10:8027/.")
    URI central;

    @Option(names = "--central-fingerprint", paramLabel = "SHA256",
            description = "The SHA-256 fingerprint of the central server's certificate, as hoctap-setup server printed "
                    + "it: this kiosk then trusts that certificate, self-signed or not. Not needed for plain HTTP or a "
                    + "certificate from a known authority.")
    String fingerprint;

    @Option(names = "--centre", required = true, description = "This kiosk's centre code, e.g. QC.")
    String centre;

    @Option(names = "--code", description = "The one-time enrolment code, e.g. 7KQ2M-XH94D. Without it, a kiosk "
            + "enrolled already keeps its device and moves to the address given (a server that went over to HTTPS).")
    String code;

    @Option(names = "--data-dir", defaultValue = "./data/kiosk",
            description = "The kiosk's data folder, where the credential is kept (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> pin;
        try {
            pin = Optional.ofNullable(fingerprint).map(CertificatePin::parse);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (pin.isPresent() && !"https".equalsIgnoreCase(central.getScheme())) {
            err.println("A certificate's fingerprint is for an https:// address, not " + central
                    + ": over plain HTTP the enrolment code and the device's secret would travel unprotected.");
            return 2;
        }
        try (CentralClient client = new CentralClient(pin)) {
            if (code == null) {
                return move(client, pin, out, err);
            }
            DeviceCredential credential = client.enrol(central, centre.strip(), code);
            credential.save(dataDir);
            client.hello(credential);
            out.println("Enrolled: this kiosk is device " + credential.deviceId() + " of centre " + credential.centre()
                    + "; the credential is in " + dataDir.resolve(DeviceCredential.FILE).toAbsolutePath()
                    + " and the central server answered a request signed with it.");
            return 0;
        } catch (CentralClient.Refused e) {
            err.println("The central server refused: " + e.getMessage());
            return 1;
        } catch (javax.net.ssl.SSLHandshakeException e) {
            err.println("The central server at " + central + " presented a certificate this kiosk does not trust"
                    + (pin.isPresent() ? " (its fingerprint is not " + pin.get() + ")" : "")
                    + ". Give --central-fingerprint as hoctap-setup server printed it on the server.");
            return 1;
        } catch (IOException e) {
            err.println("Could not reach the central server at " + central + ": " + e.getMessage());
            return 1;
        }
    }

    /** The enrolled device, kept, at the new address: saved only once the server there knows it. */
    private int move(CentralClient client, Optional<String> pin, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Optional<DeviceCredential> enrolled = DeviceCredential.load(dataDir);
        if (enrolled.isEmpty()) {
            err.println("This kiosk is not enrolled yet: --code is needed (on the server: ./hoctap devices code "
                    + "--centre " + centre.strip() + ").");
            return 2;
        }
        if (!enrolled.get().centre().equalsIgnoreCase(centre.strip())) {
            err.println("This kiosk is enrolled for centre " + enrolled.get().centre() + ", not " + centre.strip()
                    + ": moving keeps the device and its centre; for another centre, enrol anew with a code.");
            return 2;
        }
        DeviceCredential moved = new DeviceCredential(central, enrolled.get().deviceId(), enrolled.get().secret(),
                enrolled.get().centre(), pin);
        client.hello(moved);
        moved.save(dataDir);
        out.println("Moved: this kiosk, device " + moved.deviceId() + ", now syncs with " + central
                + (pin.isPresent() ? " (certificate " + pin.get() + ")" : "") + "; the server there answered it.");
        return 0;
    }
}
