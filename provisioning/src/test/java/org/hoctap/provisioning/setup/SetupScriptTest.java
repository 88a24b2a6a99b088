package org.hoctap.provisioning.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hoctap.gateway.web.TlsIdentity;
import org.hoctap.shared.net.CertificatePin;
import org.hoctap.shared.testing.SelfSignedCertificate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hoctap-setup against a system mounted in a folder (--root): a PC, so the Raspberry Pi's steps are
 * detected and skipped; files in place, units enabled, and the second run finds everything done.
 * It runs as root, so here under fakeroot.
 */
class SetupScriptTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path target;

    /** Commands found before the system's (none unless a test puts one there). */
    @TempDir
    Path stubs;

    /** What a test notes beside the system set up. */
    @TempDir
    Path notes;

    /**
     * Where fakeroot keeps the owners it pretends from one command to the next, when a test needs
     * them (it takes seconds); otherwise they are forgotten when a command ends.
     */
    private Path owners;

    private record Ran(int code, String output) {
    }

    @BeforeEach
    void aFreshSystemWithThePackagesUnits() throws IOException {
        Files.createDirectories(target.resolve("etc"));
        Files.createDirectories(target.resolve("home/pi"));
        Files.writeString(target.resolve("etc/passwd"), "root:x:0:0::/root:/bin/bash\npi:x:1000:1000::/home/pi:/bin/bash\n");
        Path units = Files.createDirectories(target.resolve("lib/systemd/system"));
        try (Stream<Path> files = Files.list(ROOT.resolve("provisioning/system"))) {
            for (Path unit : files.toList()) {
                Files.copy(unit, units.resolve(unit.getFileName()));
            }
        }
    }

    private Ran setup(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("provisioning/setup/hoctap-setup").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--root", target.toString()));
        return asRoot(command);
    }

    private Ran asRoot(List<String> command) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/fakeroot")),
                "fakeroot is missing: provisioning/dev/install-test-tools installs it");
        List<String> asRoot = new ArrayList<>(List.of("/usr/bin/fakeroot"));
        if (owners != null) {
            asRoot.addAll(List.of("-s", owners.toString()));
            if (Files.exists(owners)) {
                asRoot.addAll(List.of("-i", owners.toString()));
            }
        }
        asRoot.add("--");
        asRoot.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(asRoot).redirectErrorStream(true);
        builder.environment().put("PATH", stubs + ":" + builder.environment().get("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Ran(process.exitValue(), output);
    }

    /** "uid:gid" of each path, as root would see them. */
    private List<String> ownersOf(List<String> paths) throws Exception {
        List<String> stat = new ArrayList<>(List.of("stat", "-c", "%u:%g"));
        paths.forEach(p -> stat.add(target.resolve(p).toString()));
        Ran ran = asRoot(stat);
        assertEquals(0, ran.code(), ran.output());
        return ran.output().lines().toList();
    }

    /** The value of a variable once bash has read the env file, as a shell sourcing it would. */
    private String sourced(String file, String variable) throws Exception {
        Process bash = new ProcessBuilder("bash", "-c", "set -a; . \"$1\"; printf '%s' \"${!2}\"", "bash",
                target.resolve(file).toString(), variable).redirectErrorStream(true).start();
        String value = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), value);
        return value;
    }

    @Test
    void aKioskIsSetUpOnceAndTheSecondRunFindsItDone() throws Exception {
        Ran first = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertEquals(0, first.code(), first.output());
        assertTrue(first.output().contains("not a Raspberry Pi (or no raspi-config): SPI, I2C, screen blanking and "
                + "auto-login skipped"), first.output());
        assertEquals("HOCTAP_KIOSK_OPTIONS=\"--centre QC\"", Files.readString(target.resolve("etc/hoctap/kiosk.env")).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                target.resolve("etc/hoctap/kiosk.env"))), "the kiosk's options are root's alone");
        String autostart = Files.readString(target.resolve("home/pi/.config/labwc/autostart"));
        assertTrue(autostart.contains("chromium --kiosk --noerrdialogs") && autostart.contains("--no-first-run")
                && autostart.contains("--disable-pinch") && autostart.contains("--ozone-platform=wayland"), autostart);
        assertTrue(Files.readString(target.resolve("etc/polkit-1/rules.d/50-hoctap.rules"))
                .contains("org.freedesktop.timedate1.set-time"));
        assertTrue(Files.readString(target.resolve("etc/systemd/journald.conf.d/hoctap.conf")).contains("SystemMaxUse=50M"));
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/multi-user.target.wants/hoctap-kiosk.service")));
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/timers.target.wants/hoctap-backup@kiosk.timer")));

        Ran second = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertEquals(0, second.code(), second.output());
        assertFalse(second.output().lines().anyMatch(l -> l.endsWith(": written")
                || (l.endsWith(" set") && !l.contains("already"))), "nothing changes: " + second.output());
        assertTrue(second.output().contains("hoctap-kiosk.service: already enabled"), second.output());
    }

    @Test
    void aServerKeepsItsSmscPasswordForRootAlone() throws Exception {
        Ran ran = setup("server", "--smsc-host", "10.0.0.5", "--system-id", "hoctap", "--password", "bí mật");
        assertEquals(0, ran.code(), ran.output());
        Path env = target.resolve("etc/hoctap/gateway.env");
        assertTrue(Files.readString(env).contains("HOCTAP_PASSWORD=\"bí mật\""));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/multi-user.target.wants/hoctap-gateway.service")));
    }

    @Test
    void aServerGetsASelfSignedCertificateOnceWhoseFingerprintItPrints() throws Exception {
        owners = notes.resolve("owners");
        Files.writeString(target.resolve("etc/group"), "root:x:0:\nhoctap:x:998:\n");
        Ran first = setup("server");
        assertEquals(0, first.code(), first.output());
        Path cert = target.resolve("etc/hoctap/tls/hoctap.crt");
        Path key = target.resolve("etc/hoctap/tls/hoctap.key");
        TlsIdentity tls = TlsIdentity.of(cert, key);
        assertTrue(first.output().contains("--central-fingerprint " + tls.fingerprint()), first.output());
        assertEquals("/etc/hoctap/tls/hoctap.crt", sourced("etc/hoctap/gateway.env", "HOCTAP_TLS_CERT"));
        assertEquals("/etc/hoctap/tls/hoctap.key", sourced("etc/hoctap/gateway.env", "HOCTAP_TLS_KEY"));
        assertEquals(List.of("0:998"), ownersOf(List.of("etc/hoctap/tls/hoctap.key")), "the service's group reads it");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));

        Ran second = setup("server");
        assertTrue(second.output().contains("/etc/hoctap/tls/hoctap.crt: already in place"), second.output());
        assertEquals(tls.fingerprint(), TlsIdentity.of(cert, key).fingerprint(), "the kiosks' pin still holds");

        SelfSignedCertificate given = SelfSignedCertificate.in(notes, "province");
        Ran replaced = setup("server", "--tls-cert", given.certificate().toString(), "--tls-key",
                given.privateKey().toString());
        assertEquals(0, replaced.code(), replaced.output());
        assertEquals(CertificatePin.of(given.certificate()), TlsIdentity.of(cert, key).fingerprint());
        Ran alone = setup("server", "--tls-cert", given.certificate().toString());
        assertEquals(1, alone.code());
        assertTrue(alone.output().contains("--tls-cert and --tls-key go together"), alone.output());
        SelfSignedCertificate another = SelfSignedCertificate.in(notes, "another");
        Ran mismatched = setup("server", "--tls-cert", given.certificate().toString(), "--tls-key",
                another.privateKey().toString());
        assertEquals(1, mismatched.code());
        assertTrue(mismatched.output().contains("is not the key of " + given.certificate()), mismatched.output());
        assertEquals(CertificatePin.of(given.certificate()), TlsIdentity.of(cert, key).fingerprint(), "left as it was");
    }

    @Test
    void aServerAlreadyRunningOverHttpGoesOverToHttpsOnlyWhenAsked() throws Exception {
        Files.createDirectories(target.resolve("var/lib/hoctap/gateway"));
        Files.writeString(target.resolve("var/lib/hoctap/gateway/hoctap.db"), "its records");
        Ran kept = setup("server");
        assertEquals(0, kept.code(), kept.output());
        assertTrue(kept.output().contains("this server runs over plain HTTP already: HTTPS only when asked (--tls)"),
                kept.output());
        assertFalse(Files.exists(target.resolve("etc/hoctap/tls/hoctap.crt")), "its kiosks keep syncing");
        Ran asked = setup("server", "--tls");
        assertEquals(0, asked.code(), asked.output());
        assertTrue(Files.exists(target.resolve("etc/hoctap/tls/hoctap.crt")));
        assertTrue(asked.output().contains("--central-fingerprint"), asked.output());
        Ran again = setup("server");
        assertTrue(again.output().contains("/etc/hoctap/tls/hoctap.crt: already in place"), "kept on: " + again.output());
        Ran off = setup("server", "--no-tls");
        assertEquals(0, off.code(), off.output());
        assertFalse(Files.readString(target.resolve("etc/hoctap/gateway.env")).contains("HOCTAP_TLS"),
                "the gateway is told: " + off.output());
    }

    @Test
    void anEnrolledKioskIsMovedToItsServerGoneOverToHttps() throws Exception {
        Path credential = Files.createDirectories(target.resolve("var/lib/hoctap/kiosk")).resolve("sync-device.json");
        Files.writeString(credential, "{\n  \"central\" : \"http://10.0.0.5:8027/\",\n  \"device\" : \"d1\"\n}\n");
        Ran same = setup("kiosk", "--centre", "QC", "--central", "http://10.0.0.5:8027/");
        assertTrue(same.output().contains("already enrolled with that central server"), same.output());
        Ran moved = setup("kiosk", "--centre", "QC", "--central", "https://10.0.0.5:8027/", "--central-fingerprint",
                "AB:CD");
        assertEquals(0, moved.code(), moved.output());
        assertTrue(moved.output().contains("run it on the kiosk (hoctap enrol --central https://10.0.0.5:8027/ --centre QC "
                + "--central-fingerprint AB:CD)"), "moved without a new code: " + moved.output());
        Files.writeString(credential, "{\n  \"central\" : \"https://10.0.0.5:8027/\",\n  \"device\" : \"d1\",\n"
                + "  \"certificateSha256\" : \"AB:CD\"\n}\n");
        Ran again = setup("kiosk", "--centre", "QC", "--central", "https://10.0.0.5:8027/", "--central-fingerprint",
                "sha256 Fingerprint=ab:cd", "--code", "ABCDE-12345");
        assertTrue(again.output().contains("already enrolled with that central server (the code was not used"),
                "the documented first command run again: " + again.output());
        Ran anew = setup("kiosk", "--centre", "QC", "--central", "http://10.0.0.9:8027/", "--code", "ABCDE-12345");
        assertTrue(anew.output().contains("(hoctap enrol --central http://10.0.0.9:8027/ --centre QC --code ABCDE-12345)"),
                "with a code, enrolled anew: " + anew.output());
    }

    @Test
    void settingTheCentreKeepsTheKiosksOtherOptions() throws Exception {
        Path env = Files.createDirectories(target.resolve("etc/hoctap")).resolve("kiosk.env");
        Files.writeString(env, "# the installer's\nHOCTAP_KIOSK_OPTIONS=\"--reader mfrc522 --ups 1:0x40\"\n");
        assertEquals(0, setup("kiosk", "--centre", "QC").code());
        assertEquals("--reader mfrc522 --ups 1:0x40 --centre QC",
                sourced("etc/hoctap/kiosk.env", "HOCTAP_KIOSK_OPTIONS"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)),
                "an older version's 0644 made root's alone");
        Ran moved = setup("kiosk", "--centre", "HN");
        assertEquals(0, moved.code(), moved.output());
        assertEquals("--reader mfrc522 --ups 1:0x40 --centre HN",
                sourced("etc/hoctap/kiosk.env", "HOCTAP_KIOSK_OPTIONS"));
        assertTrue(Files.readString(env).startsWith("# the installer's\n"), Files.readString(env));
        Ran spaced = setup("kiosk", "--centre", "Q C");
        assertEquals(1, spaced.code());
        assertTrue(spaced.output().contains(
                "--centre 'Q C': a value without spaces, quotes or backslashes is needed"), spaced.output());
    }

    @Test
    void aPasswordWithQuotesAndBackslashesIsReadBackAsGiven() throws Exception {
        String password = "a\"b\\c$HOME`id` d'e\\";
        Ran ran = setup("server", "--password", password, "--system-id", "hoctap");
        assertEquals(0, ran.code(), ran.output());
        assertEquals(password, sourced("etc/hoctap/gateway.env", "HOCTAP_PASSWORD"));
        assertEquals("hoctap", sourced("etc/hoctap/gateway.env", "HOCTAP_SYSTEM_ID"));
        Ran again = setup("server", "--password", password, "--system-id", "hoctap");
        assertTrue(again.output().contains("/etc/hoctap/gateway.env: HOCTAP_PASSWORD already set"), again.output());
    }

    @Test
    void theSmscPasswordIsNeverInAFileOthersCanRead() throws Exception {
        Path modes = notes.resolve("modes");
        Path chmod = stubs.resolve("chmod");
        Files.writeString(chmod, """
                #!/bin/bash
                # Notes the mode each file had before it was changed.
                for file in "$@"; do
                    [[ -f $file ]] && stat -c '%%a %%n' -- "$file" >>'%s'
                done
                PATH=${PATH#*:} exec chmod "$@"
                """.formatted(modes));
        Files.setPosixFilePermissions(chmod, PosixFilePermissions.fromString("rwxr-xr-x"));
        Ran ran = setup("server", "--smsc-host", "10.0.0.5", "--password", "bí mật");
        assertEquals(0, ran.code(), ran.output());
        List<String> before = Files.readAllLines(modes).stream().filter(l -> l.contains("/gateway.env")).toList();
        assertFalse(before.isEmpty(), "the set-up changes gateway.env's mode with chmod");
        assertTrue(before.stream().allMatch(l -> l.startsWith("600 ")), "modes before chmod: " + before);
        Path env = target.resolve("etc/hoctap/gateway.env");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        try (Stream<Path> files = Files.list(env.getParent())) {
            assertEquals(List.of(env), files.filter(f -> f.getFileName().toString().startsWith("gateway.env")).toList(),
                    "no gateway.env.new left");
        }
    }

    @Test
    void theBrowsersAutostartIsTheDesktopUsersNotRoots() throws Exception {
        owners = notes.resolve("owners");
        Ran ran = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertEquals(0, ran.code(), ran.output());
        assertEquals(List.of("1000:1000", "1000:1000", "1000:1000"),
                ownersOf(List.of("home/pi/.config", "home/pi/.config/labwc", "home/pi/.config/labwc/autostart")));
        Ran second = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertFalse(second.output().contains("given to pi"), second.output());
    }

    /** A command of the test's own, found before the system's. */
    private void stub(String name, String script) throws IOException {
        Path file = stubs.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A Raspberry Pi 5 as the set-up sees it: its model, its boot files, raspi-config noting what it is asked. */
    private Path aPi5() throws IOException {
        Files.createDirectories(target.resolve("proc/device-tree"));
        Files.writeString(target.resolve("proc/device-tree/model"), "Raspberry Pi 5 Model B Rev 1.0\0");
        Path boot = Files.createDirectories(target.resolve("boot/firmware"));
        Files.writeString(boot.resolve("cmdline.txt"), "console=tty1 root=PARTUUID=1234-02 rootfstype=ext4 rootwait\n");
        Files.writeString(boot.resolve("config.txt"), "[all]\ndtparam=audio=on\n");
        Path asked = notes.resolve("raspi-config");
        stub("raspi-config", """
                echo "$*" >>'%s'
                if [[ $* == "nonint do_overlayfs 0" ]]; then
                    sed -i 's/^/overlayroot=tmpfs /' '%s'
                fi
                """.formatted(asked, boot.resolve("cmdline.txt")));
        return asked;
    }

    @Test
    void aKioskKeepsItsRecordsOnTheirOwnPartitionUnderAReadOnlyRootAndItsPi5ClockCharged() throws Exception {
        Path asked = aPi5();
        stub("blkid", """
                case "$*" in
                    *TYPE*) echo ext4 ;;
                    *UUID*) echo 0b5e7c4e-1111-2222-3333-444455556666 ;;
                esac
                """);
        String[] args = {"kiosk", "--centre", "QC", "--data-partition", "/dev/sdz1", "--read-only-root",
                "--rtc-battery", "rechargeable"};
        Ran first = setup(args);
        assertEquals(0, first.code(), first.output());
        Path mount = target.resolve("etc/systemd/system/var-lib-hoctap.mount");
        String unit = Files.readString(mount);
        assertTrue(unit.contains("What=/dev/disk/by-uuid/0b5e7c4e-1111-2222-3333-444455556666\nWhere=/var/lib/hoctap\n"
                + "Type=ext4\n"), unit);
        assertTrue(Files.isSymbolicLink(target.resolve("etc/systemd/system/multi-user.target.wants/var-lib-hoctap.mount")));
        for (String service : List.of("hoctap-kiosk.service.d", "hoctap-backup@.service.d")) {
            assertEquals("[Unit]\nRequiresMountsFor=/var/lib/hoctap\n",
                    Files.readString(target.resolve("etc/systemd/system/" + service + "/data-partition.conf")));
        }
        assertFalse(Files.exists(target.resolve("etc/fstab")) && Files.readString(target.resolve("etc/fstab"))
                .contains("hoctap"), "not in fstab: the overlay stops the boot on an extra fstab line");
        if (Files.isExecutable(Path.of("/usr/bin/systemd-analyze"))) {
            Process verify = new ProcessBuilder("/usr/bin/systemd-analyze", "verify", mount.toString())
                    .redirectErrorStream(true).start();
            String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, verify.waitFor(), said);
        }
        assertTrue(Files.readAllLines(asked).contains("nonint do_overlayfs 0"), Files.readAllLines(asked).toString());
        assertTrue(first.output().contains("the root is read-only from the next start"), first.output());
        assertTrue(Files.readString(target.resolve("boot/firmware/config.txt")).endsWith("\n[all]\ndtparam=rtc_bbat_vchg=3000000\n"),
                "in a section for every model");

        Ran second = setup(args);
        assertEquals(0, second.code(), second.output());
        assertTrue(second.output().contains("read-only root: already on"), second.output());
        assertEquals(1, Files.readAllLines(asked).stream().filter(l -> l.contains("do_overlayfs")).count());
        assertEquals(1, Files.readAllLines(target.resolve("boot/firmware/config.txt")).stream()
                .filter(l -> l.startsWith("dtparam=rtc_bbat_vchg")).count(), "charged once");
        assertTrue(second.output().contains("var-lib-hoctap.mount: already enabled"), second.output());
    }

    @Test
    void theRecordsNeedAnExt4PartitionAndAReadOnlyRootNeedsThemThere() throws Exception {
        aPi5();
        stub("blkid", "[[ $* == *TYPE* ]] && echo vfat\n[[ $* == *UUID* ]] && echo 1234-ABCD\nexit 0\n");
        Ran fat = setup("kiosk", "--centre", "QC", "--data-partition", "/dev/sdz1");
        assertEquals(1, fat.code());
        assertTrue(fat.output().contains("/dev/sdz1 holds vfat: the records need ext4 (mkfs.ext4 -L hoctap-data "
                + "/dev/sdz1; it erases it)"), fat.output());
        Ran alone = setup("kiosk", "--centre", "QC", "--read-only-root");
        assertEquals(1, alone.code());
        assertTrue(alone.output().contains("--read-only-root needs --data-partition"), alone.output());
        assertFalse(Files.exists(target.resolve("etc/hoctap")), "refused before anything was done");
        Ran plainCell = setup("kiosk", "--centre", "QC", "--rtc-battery", "yes");
        assertEquals(1, plainCell.code());
        assertTrue(plainCell.output().contains("a plain cell must never be charged"), plainCell.output());
        Files.writeString(target.resolve("proc/device-tree/model"), "Raspberry Pi 4 Model B Rev 1.5\0");
        Ran pi4 = setup("kiosk", "--centre", "QC", "--rtc-battery", "rechargeable");
        assertEquals(1, pi4.code());
        assertTrue(pi4.output().contains("--rtc-battery: only a Raspberry Pi 5 has a clock battery"), pi4.output());
    }

    /**
     * A bookworm system with apt and no Java 21 in it: chroot runs its apt (noted, answering as
     * Debian's and Temurin's repositories would), curl fetches a key, gpg says whose it is.
     */
    private Path aBookwormWithoutJava21(String keysFingerprint) throws IOException {
        Files.writeString(target.resolve("etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                + "VERSION_CODENAME=bookworm\n");
        Path aptGet = Files.createDirectories(target.resolve("usr/bin")).resolve("apt-get");
        Files.writeString(aptGet, "");
        Files.setPosixFilePermissions(aptGet, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path apt = notes.resolve("apt");
        stub("chroot", """
                shift
                echo "$*" >>'%s'
                case "$*" in
                    "apt-cache policy temurin-21-jre") echo "  Candidate: 21.0.5.0.0+11" ;;
                    "apt-cache policy "*) echo "  Candidate: (none)" ;;
                esac
                exit 0
                """.formatted(apt));
        stub("curl", "while (($#)); do [[ $1 == -o ]] && echo 'PUBLIC KEY' >\"$2\"; shift; done\n");
        stub("gpg", "echo 'pub:-:4096:1:843C48A565F8F04B:1626362456:::-:::scESC::::::23::0:'\n"
                + "echo 'fpr:::::::::" + keysFingerprint + ":'\n");
        return apt;
    }

    @Test
    void onBookwormJava21ComesFromTemuriansRepositoryOnceItsKeyIsChecked() throws Exception {
        Path apt = aBookwormWithoutJava21("3B04D753C9050D9A5D343F39843C48A565F8F04B");
        Ran ran = setup("kiosk", "--centre", "QC");
        assertEquals(0, ran.code(), ran.output());
        assertEquals("PUBLIC KEY\n", Files.readString(target.resolve("etc/apt/keyrings/adoptium.asc")));
        assertEquals("deb [signed-by=/etc/apt/keyrings/adoptium.asc] https://packages.adoptium.net/artifactory/deb "
                + "bookworm main\n", Files.readString(target.resolve("etc/apt/sources.list.d/adoptium.list")));
        List<String> asked = Files.readAllLines(apt);
        assertTrue(asked.indexOf("apt-get update -q") >= 0
                && asked.indexOf("apt-get update -q") < asked.indexOf("env DEBIAN_FRONTEND=noninteractive apt-get "
                        + "install -y -q temurin-21-jre"), asked.toString());
        assertTrue(ran.output().contains("Java 21: Temurin installed"), ran.output());
    }

    @Test
    void aKeyFileWithAnotherKeyBesideTemuriansOrNoneIsRefused() throws Exception {
        Path apt = aBookwormWithoutJava21("3B04D753C9050D9A5D343F39843C48A565F8F04B");
        stub("gpg", "for k in 1 2; do echo 'pub:-:4096:1:843C48A565F8F04B:1626362456:::-:::scESC::::::23::0:'; "
                + "echo 'fpr:::::::::3B04D753C9050D9A5D343F39843C48A565F8F04B:'; done\n");
        Ran two = setup("kiosk", "--centre", "QC");
        assertEquals(1, two.code());
        assertTrue(two.output().contains("is not Temurin's alone (2 key(s)"), two.output());
        stub("gpg", "echo 'gpg: no valid OpenPGP data found.' >&2\nexit 2\n");
        Ran garbage = setup("kiosk", "--centre", "QC");
        assertEquals(1, garbage.code());
        assertTrue(garbage.output().contains("is not Temurin's alone (0 key(s), first none)"),
                "a page that is not a key is said, not a silent exit: " + garbage.output());
        assertFalse(Files.exists(target.resolve("etc/apt/sources.list.d/adoptium.list")));
        assertFalse(Files.readString(apt).contains("install"));
    }

    @Test
    void aLinkInTheDesktopUsersHomeIsNotFollowedAsRoot() throws Exception {
        Files.createDirectories(target.resolve("home/pi"));
        Files.createSymbolicLink(target.resolve("home/pi/.config"), notes);
        Ran ran = setup("kiosk", "--centre", "QC", "--user", "pi");
        assertEquals(1, ran.code());
        assertTrue(ran.output().contains("/home/pi/.config is a symbolic link: not followed as root"), ran.output());
        try (Stream<Path> there = Files.list(notes)) {
            assertEquals(List.of(), there.toList(), "nothing written where the link points");
        }
    }

    @Test
    void aKeyThatIsNotTemuriansIsRefusedAndNothingIsAddedToApt() throws Exception {
        Path apt = aBookwormWithoutJava21("0000000000000000000000000000000000000000");
        Ran ran = setup("kiosk", "--centre", "QC");
        assertEquals(1, ran.code());
        assertTrue(ran.output().contains("the key fetched for Temurin's repository is not Temurin's"), ran.output());
        assertFalse(Files.exists(target.resolve("etc/apt/sources.list.d/adoptium.list")));
        assertFalse(Files.exists(target.resolve("etc/apt/keyrings/adoptium.asc")));
        assertFalse(Files.readString(apt).contains("install"), Files.readString(apt));
    }

    @Test
    void aDryRunChangesNothingAndMistakesAreSaid() throws Exception {
        Ran dry = setup("kiosk", "--centre", "QC", "--dry-run");
        assertEquals(0, dry.code(), dry.output());
        assertTrue(dry.output().contains("would write /etc/systemd/journald.conf.d/hoctap.conf"), dry.output());
        assertFalse(Files.exists(target.resolve("etc/hoctap")));
        Ran noCentre = setup("kiosk");
        assertEquals(1, noCentre.code());
        assertTrue(noCentre.output().contains("kiosk: --centre CODE is needed"), noCentre.output());
        Ran unknown = setup("laptop");
        assertEquals(1, unknown.code());
        assertTrue(unknown.output().contains("unknown role 'laptop': kiosk or server"), unknown.output());
    }
}
